package cn.xuanhua.bot.wecom.callback;

import cn.xuanhua.bot.core.inbound.Channel;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppCallbackTest {
    private static final String TOKEN = "QDG6eK";
    private static final String KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private static final String CORP_ID = "wx5823bf96d3bd56c7";
    private final AppCallback callback = new AppCallback(TOKEN, KEY, CORP_ID, ZoneId.of("Asia/Shanghai"),
            new ReplayGuard(Clock.systemUTC()));
    private final WxCryptUtil wecom = new WxCryptUtil(TOKEN, KEY, CORP_ID);

    private AppCallbackEvent deliver(String innerXml) {
        WxCryptUtil.EncryptContext c = wecom.encryptContext(innerXml);
        String envelope = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><AgentID><![CDATA[1000002]]></AgentID>"
                + "<Encrypt><![CDATA[" + c.getEncrypt() + "]]></Encrypt></xml>";
        return callback.read(c.getSignature(), c.getTimeStamp(), c.getNonce(), envelope.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void passesTheUrlCheckWithWeComsSample() {
        assertThat(callback.verifyUrl("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780",
                "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ=="))
                .isEqualTo("1616140317555161061");
    }

    @Test
    void readsAStaffCommandSentToTheAppInPrivate() {
        AppCallbackEvent event = deliver("<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName>"
                + "<FromUserName><![CDATA[liu.hr]]></FromUserName><CreateTime>1795000000</CreateTime>"
                + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[受理 0007]]></Content>"
                + "<MsgId>4561255354251345929</MsgId><AgentID>1000002</AgentID></xml>");
        assertThat(event).isInstanceOfSatisfying(AppCallbackEvent.Message.class, m -> {
            assertThat(m.message().messageId()).isEqualTo("4561255354251345929");
            assertThat(m.message().senderUserId()).isEqualTo("liu.hr");
            assertThat(m.message().text()).isEqualTo("受理 0007");
            assertThat(m.message().group()).isFalse();
            assertThat(m.message().sentAt().toEpochSecond()).isEqualTo(1795000000L);
        });
    }

    @Test
    void readsATapOnACardButtonWithTheOptionChosenOnTheCard() {
        AppCallbackEvent event = deliver("<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName>"
                + "<FromUserName><![CDATA[zhang.san]]></FromUserName><CreateTime>1795000000</CreateTime>"
                + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event>"
                + "<EventKey><![CDATA[transfer:XH20261126-0007]]></EventKey><TaskId><![CDATA[XH20261126-0007_new_ab]]></TaskId>"
                + "<CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[rc-secret]]></ResponseCode>"
                + "<AgentID>1000002</AgentID><SelectedItems><SelectedItem><QuestionKey><![CDATA[dept:XH20261126-0007]]>"
                + "</QuestionKey><OptionIds><OptionId><![CDATA[urban]]></OptionId></OptionIds></SelectedItem>"
                + "</SelectedItems></xml>");
        assertThat(event).isInstanceOfSatisfying(AppCallbackEvent.Message.class, m -> {
            assertThat(m.message().channel()).isEqualTo(Channel.CARD);
            assertThat(m.message().inboxKey()).isEqualTo("card:XH20261126-0007_new_ab/zhang.san");
            assertThat(m.message().senderUserId()).isEqualTo("zhang.san");
            assertThat(m.message().text()).isEqualTo("transfer:XH20261126-0007 urban");
            assertThat(m.message().responseUrl()).isEqualTo("rc-secret");
            assertThat(m.message().group()).isFalse();
            assertThat(m.message().toString()).doesNotContain("rc-secret");
        });
    }

    @Test
    void aTapWithoutTaskOrResponseCodeIsAcknowledgedAndNotStored() {
        assertThat(deliver("<xml><ToUserName>c</ToUserName><FromUserName>zhang.san</FromUserName><CreateTime>1</CreateTime>"
                + "<MsgType>event</MsgType><Event>template_card_event</Event><EventKey>accept:XH20261126-0007</EventKey></xml>"))
                .isInstanceOf(AppCallbackEvent.Ignored.class);
    }

    @Test
    void readsCustomerGroupChangesAndArchiveNotices() {
        assertThat(deliver("<xml><ToUserName>c</ToUserName><FromUserName>sys</FromUserName><CreateTime>1</CreateTime>"
                + "<MsgType>event</MsgType><Event>change_external_chat</Event><ChatId>wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA</ChatId>"
                + "<ChangeType>update</ChangeType><UpdateDetail>add_member</UpdateDetail></xml>"))
                .isEqualTo(new AppCallbackEvent.ExternalChatChanged("wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA", "update", "add_member"));
        assertThat(deliver("<xml><ToUserName>c</ToUserName><FromUserName>sys</FromUserName><CreateTime>1</CreateTime>"
                + "<MsgType>event</MsgType><Event>msgaudit_notify</Event></xml>"))
                .isInstanceOf(AppCallbackEvent.ArchiveNotified.class);
    }

    @Test
    void refusesADoctypeOutsideAndInside() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><Encrypt>&e;</Encrypt></xml>";
        assertThatThrownBy(() -> callback.read("s", "1", "2", xxe.getBytes(StandardCharsets.UTF_8)))
                .hasFieldOrPropertyWithValue("reason", CallbackRejected.Reason.MALFORMED);
        assertThatThrownBy(() -> deliver("<!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><Content>&e;</Content></xml>"))
                .hasFieldOrPropertyWithValue("reason", CallbackRejected.Reason.MALFORMED);
    }

    @Test
    void refusesXmlThatIsNotWellFormed() {
        assertThatThrownBy(() -> callback.read("s", "1", "2", "<xml><Encrypt>".getBytes(StandardCharsets.UTF_8)))
                .hasFieldOrPropertyWithValue("reason", CallbackRejected.Reason.MALFORMED);
        assertThatThrownBy(() -> callback.read("s", "1", "2", "{\"encrypt\":1}".getBytes(StandardCharsets.UTF_8)))
                .hasFieldOrPropertyWithValue("reason", CallbackRejected.Reason.MALFORMED);
    }

    @Test
    void refusesACorrectlySignedMessageStampedMoreThanTenMinutesFromTheSystemClockButNotTheUrlCheck() {
        Instant now = Instant.parse("2026-11-26T02:00:00Z");
        AppCallback at = new AppCallback(TOKEN, KEY, CORP_ID, ZoneId.of("Asia/Shanghai"),
                new ReplayGuard(Clock.fixed(now, ZoneOffset.UTC)));
        String encrypted = wecom.encryptContext("<xml><ToUserName>c</ToUserName><FromUserName>liu.hr</FromUserName>"
                + "<CreateTime>1795000000</CreateTime><MsgType>text</MsgType><Content>受理 0007</Content>"
                + "<MsgId>42</MsgId><AgentID>1000002</AgentID></xml>").getEncrypt();
        byte[] envelope = ("<xml><Encrypt><![CDATA[" + encrypted + "]]></Encrypt></xml>").getBytes(StandardCharsets.UTF_8);
        WeComCrypto signer = new WeComCrypto(TOKEN, KEY, CORP_ID);
        for (String stamp : new String[]{"1577808000", Long.toString(now.getEpochSecond() + 3600), "abc"}) {
            assertThatThrownBy(() -> at.read(signer.sign(stamp, "n", encrypted), stamp, "n", envelope))
                    .as("timestamp '%s'", stamp).hasFieldOrPropertyWithValue("reason", CallbackRejected.Reason.STALE);
        }
        String fresh = Long.toString(now.getEpochSecond() + 30);
        assertThat(at.read(signer.sign(fresh, "n", encrypted), fresh, "n", envelope))
                .isInstanceOf(AppCallbackEvent.Message.class);
        assertThat(at.verifyUrl("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780",
                "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ=="))
                .as("the URL check (WeCom's 2014 sample) is exempt").isEqualTo("1616140317555161061");
    }
}
