package cn.xuanhua.bot.wecom.callback;

import cn.xuanhua.bot.core.inbound.Channel;
import cn.xuanhua.bot.core.inbound.InboundMessage;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AiBotCallbackTest {
    private static final String TOKEN = "aibotToken1";
    private static final String KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-26T10:00:00+08:00[Asia/Shanghai]");
    private final AiBotCallback callback = new AiBotCallback(TOKEN, KEY, new ReplayGuard(Clock.systemUTC()));
    private final WxCryptUtil wecom = new WxCryptUtil(TOKEN, KEY, "");

    private Optional<InboundMessage> deliver(String plainJson) {
        WxCryptUtil.EncryptContext c = wecom.encryptContext(plainJson);
        byte[] body = ("{\"encrypt\":\"" + c.getEncrypt() + "\"}").getBytes(StandardCharsets.UTF_8);
        return callback.read(c.getSignature(), c.getTimeStamp(), c.getNonce(), body, NOW);
    }

    @Test
    void readsAGroupMentionAsAnInboundMessageWithoutTheLeadingMention() {
        InboundMessage m = deliver("{\"msgid\":\"abc1\",\"aibotid\":\"AIBOT\",\"chatid\":\"wrNanguan\",\"chattype\":\"group\","
                + "\"from\":{\"userid\":\"zhang.boss\"},\"response_url\":\"https://example.invalid/r?x=1\","
                + "\"msgtype\":\"text\",\"text\":{\"content\":\"@诉求助手　厂区门口路灯坏了三天了\"}}").orElseThrow();
        assertThat(m.messageId()).isEqualTo("abc1");
        assertThat(m.channel()).isEqualTo(Channel.AIBOT);
        assertThat(m.chatId()).isEqualTo("wrNanguan");
        assertThat(m.group()).isTrue();
        assertThat(m.senderUserId()).isEqualTo("zhang.boss");
        assertThat(m.text()).isEqualTo("厂区门口路灯坏了三天了");
        assertThat(m.responseUrl()).isEqualTo("https://example.invalid/r?x=1");
        assertThat(m.sentAt()).isEqualTo(NOW);
    }

    @Test
    void joinsTheTextPartsOfAMixedMessage() {
        InboundMessage m = deliver("{\"msgid\":\"abc2\",\"chattype\":\"single\",\"from\":{\"userid\":\"u1\"},"
                + "\"msgtype\":\"mixed\",\"mixed\":{\"msg_item\":[{\"msgtype\":\"text\",\"text\":{\"content\":\"@bot 积水照片\"}},"
                + "{\"msgtype\":\"image\",\"image\":{\"url\":\"https://x\"}}]}}").orElseThrow();
        assertThat(m.text()).isEqualTo("积水照片");
        assertThat(m.group()).isFalse();
        assertThat(m.chatId()).isNull();
    }

    @Test
    void ignoresEventsAndImages() {
        assertThat(deliver("{\"msgid\":\"e1\",\"from\":{\"userid\":\"u1\"},\"msgtype\":\"event\",\"event\":{\"eventtype\":\"enter_chat\"}}"))
                .isEmpty();
        assertThat(deliver("{\"msgid\":\"i1\",\"from\":{\"userid\":\"u1\"},\"msgtype\":\"image\",\"image\":{\"url\":\"x\"}}"))
                .isEmpty();
    }

    @Test
    void refusesBodiesThatAreNotJsonTooLargeOrWronglySigned() {
        WxCryptUtil.EncryptContext c = wecom.encryptContext("{\"msgid\":\"x\"}");
        assertThatThrownBy(() -> callback.read(c.getSignature(), c.getTimeStamp(), c.getNonce(),
                "not json".getBytes(StandardCharsets.UTF_8), NOW)).hasFieldOrPropertyWithValue("reason", CallbackRejected.Reason.MALFORMED);
        assertThatThrownBy(() -> callback.read(c.getSignature(), c.getTimeStamp(), c.getNonce(),
                new byte[64 * 1024 + 1], NOW)).hasFieldOrPropertyWithValue("reason", CallbackRejected.Reason.TOO_LARGE);
        byte[] body = ("{\"encrypt\":\"" + c.getEncrypt() + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> callback.read(tampered(c.getSignature()), c.getTimeStamp(), c.getNonce(), body, NOW))
                .hasFieldOrPropertyWithValue("reason", CallbackRejected.Reason.BAD_SIGNATURE);
        WxCryptUtil.EncryptContext notJson = wecom.encryptContext("<xml/>");
        byte[] wrapped = ("{\"encrypt\":\"" + notJson.getEncrypt() + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> callback.read(notJson.getSignature(), notJson.getTimeStamp(), notJson.getNonce(), wrapped, NOW))
                .hasFieldOrPropertyWithValue("reason", CallbackRejected.Reason.MALFORMED);
    }

    /** The signature with its first hex digit changed (prefixing "0" was a no-op for one signature in 16). */
    private static String tampered(String signature) {
        char first = signature.charAt(0) == '0' ? '1' : '0';
        return first + signature.substring(1);
    }

    @Test
    void refusesACorrectlySignedMessageStampedMoreThanTenMinutesFromTheSystemClock() {
        Instant now = Instant.parse("2026-11-26T02:00:00Z");
        AiBotCallback at = new AiBotCallback(TOKEN, KEY, new ReplayGuard(Clock.fixed(now, ZoneOffset.UTC)));
        String encrypted = wecom.encryptContext("{\"msgid\":\"r1\",\"chattype\":\"single\",\"from\":{\"userid\":\"u1\"},"
                + "\"msgtype\":\"text\",\"text\":{\"content\":\"路灯坏了\"}}").getEncrypt();
        byte[] body = ("{\"encrypt\":\"" + encrypted + "\"}").getBytes(StandardCharsets.UTF_8);
        for (String stamp : new String[]{"1577808000", Long.toString(now.getEpochSecond() + 601),
                Long.toString(now.getEpochSecond() - 601), "abc", "99999999999999999999", "-60"}) {
            String signature = new WeComCrypto(TOKEN, KEY, "").sign(stamp, "n1", encrypted);
            assertThatThrownBy(() -> at.read(signature, stamp, "n1", body, NOW)).as("timestamp '%s'", stamp)
                    .hasFieldOrPropertyWithValue("reason", CallbackRejected.Reason.STALE);
        }
        String fresh = Long.toString(now.getEpochSecond() - 540);
        assertThat(at.read(new WeComCrypto(TOKEN, KEY, "").sign(fresh, "n1", encrypted), fresh, "n1", body, NOW))
                .map(InboundMessage::messageId).contains("r1");
        assertThat(CallbackRejected.Reason.STALE.status()).isEqualTo(403);
    }
}
