package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.Http;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.admin.support.WeComDriver;
import cn.xuanhua.bot.wecom.fake.Delivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A business owner's group message becomes an appeal through the real AI-bot callback, on the prod profile against
 * MariaDB and Redis, with WxJava talking HTTP to a fake WeCom on 127.0.0.1.
 */
class WeComIntakeIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static FakeWeComServer wecom;
    private static BotInstance bot;
    private static WeComDriver driver;

    @BeforeAll
    static void start() {
        wecom = new FakeWeComServer();
        bot = BotInstance.start(TestServices.freshMariaDbDatabase("intake"), TestServices.freshRedisNamespace(), wecom.baseUrl());
        driver = new WeComDriver(bot.port(), wecom.baseUrl());
        bind("tw-nanguan", "wrNanguanIT", "key-nanguan-it-0001");
        bind("ind-startup", "wrStartupIT", "key-startup-it-0001");
        staff("ng.clerk", "南关街道 刘敏", "office-nanguan", "STAFF");
        staff("ap.clerk", "审批局 王磊", "approval", "STAFF");
    }

    @AfterAll
    static void stop() {
        bot.close();
        wecom.close();
    }

    static void bind(String group, String chatId, String key) {
        assertThat(bot.admin().putJson("/api/groups/" + group,
                "{\"chatId\":\"" + chatId + "\",\"webhookKey\":\"" + key + "\"}").statusCode()).isEqualTo(200);
    }

    static void staff(String userId, String name, String department, String role) {
        assertThat(bot.admin().postJson("/api/staff", "{\"userId\":\"" + userId + "\",\"name\":\"" + name
                + "\",\"departmentCode\":\"" + department + "\",\"role\":\"" + role + "\"}").statusCode()).isEqualTo(201);
    }

    private static List<Delivery> repliesTo(String msgId) {
        return wecom.deliveries().stream().filter(d -> d.kind() == Delivery.Kind.REPLY && d.target().equals(msgId)).toList();
    }

    private static int inboxCount() {
        return bot.db().queryForObject("SELECT COUNT(*) FROM inbox_message", Integer.class);
    }

    @Test
    void aGroupMessageBecomesAnAppealAndTheGroupHearsItsNumberDepartmentAndDueDate() {
        var sent = driver.groupMessage("wrNanguanIT", "zhang.boss", "厂区后面胡同里堆了好多垃圾,路灯也坏了三天了,麻烦街道管管,电话13812345678");
        assertThat(sent.response().statusCode()).isEqualTo(200);
        Delivery reply = Await.value("the reply", WAIT, () -> repliesTo(sent.msgId()).stream().findFirst().orElse(null));
        String number = bot.db().queryForObject("SELECT number FROM appeal WHERE source_message_id = ?", String.class,
                "aibot:" + sent.msgId());
        assertThat(number).matches("XH\\d{8}-\\d{4}");
        assertThat(reply.content()).contains(number, "南关街道", "办理期限").doesNotContain("13812345678");
        Delivery notice = Await.value("the staff notice", WAIT, () -> wecom.deliveries().stream()
                .filter(d -> d.kind() == Delivery.Kind.APP_MESSAGE && d.target().equals("ng.clerk") && d.content().contains(number))
                .findFirst().orElse(null));
        assertThat(notice.content()).contains("13812345678");
    }

    @Test
    void threeDeliveriesOfOneMessageMakeOneAppealAndOneReply() {
        String msgId = "retry-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            assertThat(driver.groupMessage(msgId, "wrStartupIT", "li.boss", "营业执照变更材料交了两周了,麻烦帮忙催一下审批")
                    .response().statusCode()).isEqualTo(200);
        }
        Await.until("the reply", WAIT, () -> !repliesTo(msgId).isEmpty());
        Await.quietPeriod(Duration.ofSeconds(2));
        assertThat(bot.db().queryForObject("SELECT COUNT(*) FROM appeal WHERE source_message_id = ?", Integer.class,
                "aibot:" + msgId)).isEqualTo(1);
        assertThat(bot.db().queryForObject("SELECT COUNT(*) FROM inbox_message WHERE message_id = ?", Integer.class,
                "aibot:" + msgId)).isEqualTo(1);
        assertThat(repliesTo(msgId)).hasSize(1);
    }

    @Test
    void chitChatThanksAndAdsGetNoReply() {
        var thanks = driver.groupMessage("wrNanguanIT", "zhang.boss", "谢谢领导,收到");
        var ad = driver.groupMessage("wrNanguanIT", "ad.man", "出售二手叉车一台,价格面议");
        Await.until("both handled", WAIT, () -> bot.db().queryForObject(
                "SELECT COUNT(*) FROM inbox_message WHERE message_id IN (?, ?) AND status = 'DONE'", Integer.class,
                "aibot:" + thanks.msgId(), "aibot:" + ad.msgId()) == 2);
        Await.quietPeriod(Duration.ofSeconds(1));
        assertThat(repliesTo(thanks.msgId())).isEmpty();
        assertThat(repliesTo(ad.msgId())).isEmpty();
        assertThat(bot.db().queryForObject("SELECT COUNT(*) FROM appeal WHERE source_message_id IN (?, ?)", Integer.class,
                "aibot:" + thanks.msgId(), "aibot:" + ad.msgId())).isZero();
    }

    @Test
    void aMessageFromAGroupTheBotDoesNotKnowIsKeptInTheInbox() {
        var sent = driver.groupMessage("wrSomewhereElse", "x.user", "路灯坏了麻烦修一下");
        Await.until("marked unknown", WAIT, () -> "UNKNOWN_GROUP".equals(bot.db().queryForObject(
                "SELECT status FROM inbox_message WHERE message_id = ?", String.class, "aibot:" + sent.msgId())));
        assertThat(bot.db().queryForObject("SELECT content FROM inbox_message WHERE message_id = ?", String.class,
                "aibot:" + sent.msgId())).isEqualTo("路灯坏了麻烦修一下");
        assertThat(repliesTo(sent.msgId())).isEmpty();
        var page = bot.admin().getHtml("/inbox");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("wrSomewhereElse", "路灯坏了麻烦修一下", "未知的群");
    }

    @Test
    void aCustomerGroupChangeRefreshesItsMembersAndOwner() {
        bind("tw-wangjiawan", "wrWangjiawanExt", "key-wangjiawan-it-01");
        wecom.api().setCustomerGroup("wrWangjiawanExt", "wjw.head", List.of("wjw.head", "wjw.clerk"),
                List.of("wmCustomer1", "wmCustomer2", "wmCustomer3"));
        assertThat(driver.appEvent("change_external_chat", "<ChatId><![CDATA[wrWangjiawanExt]]></ChatId>"
                + "<ChangeType><![CDATA[update]]></ChangeType><UpdateDetail><![CDATA[add_member]]></UpdateDetail>")
                .statusCode()).isEqualTo(200);
        Await.until("members stored", WAIT, () -> bot.db().queryForObject(
                "SELECT COUNT(*) FROM group_member WHERE chat_id = 'wrWangjiawanExt'", Integer.class) == 5);
        assertThat(bot.db().queryForObject("SELECT COUNT(*) FROM group_member WHERE chat_id = 'wrWangjiawanExt' "
                + "AND member_type = 2", Integer.class)).isEqualTo(3);
        // The owner is written after the members (its own statement): wait for it rather than race it.
        Await.until("owner stored", WAIT, () -> "wjw.head".equals(bot.db().queryForObject(
                "SELECT owner_user_id FROM bot_group WHERE code = 'tw-wangjiawan'", String.class)));
        driver.appEvent("change_external_chat", "<ChatId><![CDATA[wrWangjiawanExt]]></ChatId>"
                + "<ChangeType><![CDATA[dismiss]]></ChangeType>");
        Await.until("members cleared", WAIT, () -> bot.db().queryForObject(
                "SELECT COUNT(*) FROM group_member WHERE chat_id = 'wrWangjiawanExt'", Integer.class) == 0);
    }

    @Test
    void refusedCallbacksStoreNothing() {
        int before = inboxCount();
        Http http = Http.at(bot.port());
        assertThat(http.postJson("/wecom/aibot/callback?msg_signature=bad&timestamp=1&nonce=2", "{\"encrypt\":\"abc\"}")
                .statusCode()).isEqualTo(403);
        assertThat(http.postJson("/wecom/aibot/callback", "{\"encrypt\":\"abc\"}").statusCode()).isEqualTo(403);
        assertThat(http.postJson("/wecom/aibot/callback?msg_signature=a&timestamp=1&nonce=2", "not json").statusCode())
                .isEqualTo(400);
        assertThat(http.postXml("/wecom/app/callback?msg_signature=a&timestamp=1&nonce=2",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><Encrypt>&e;</Encrypt></xml>").statusCode())
                .isEqualTo(400);
        byte[] huge = ("{\"encrypt\":\"" + "A".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(http.postBytes("/wecom/aibot/callback?msg_signature=a&timestamp=1&nonce=2", huge, "application/json")
                .statusCode()).isEqualTo(413);
        // Without a declared length the body is read up to the limit and refused past it all the same.
        assertThat(http.postChunked("/wecom/aibot/callback?msg_signature=a&timestamp=1&nonce=2", huge, "application/json")
                .statusCode()).isEqualTo(413);
        assertThat(inboxCount()).isEqualTo(before);
    }

    @Test
    void theUrlChecksAnswerTheDecryptedEchoString() {
        var aibot = new me.chanjar.weixin.common.util.crypto.WxCryptUtil(WeComDriver.AIBOT_TOKEN, WeComDriver.AES_KEY, "")
                .encryptContext("echo-12345");
        String path = "/wecom/aibot/callback?" + WeComDriver.query(aibot) + "&echostr="
                + java.net.URLEncoder.encode(aibot.getEncrypt(), StandardCharsets.UTF_8);
        var answer = Http.at(bot.port()).get(path);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("echo-12345");
        assertThat(Http.at(bot.port()).get(path.replace("msg_signature=", "msg_signature=0")).statusCode()).isEqualTo(403);
    }

    @Test
    void staffAcceptFromTheirPrivateChatWithTheAppAndTheGroupIsTold() {
        var sent = driver.groupMessage("wrNanguanIT", "wang.boss", "胡同里的老楼没有物业,下水管堵了往外冒,麻烦街道协调一下");
        Await.until("the reply", WAIT, () -> !repliesTo(sent.msgId()).isEmpty());
        String number = bot.db().queryForObject("SELECT number FROM appeal WHERE source_message_id = ?", String.class,
                "aibot:" + sent.msgId());
        assertThat(driver.appMessage("ng.clerk", "受理 " + number).statusCode()).isEqualTo(200);
        Delivery post = Await.value("the group post", WAIT, () -> wecom.deliveries().stream()
                .filter(d -> d.kind() == Delivery.Kind.WEBHOOK && d.target().equals("key-nanguan-it-0001")
                        && d.content().contains(number) && d.content().contains("受理"))
                .findFirst().orElse(null));
        assertThat(post.content()).contains("南关街道 刘敏");
        assertThat(bot.db().queryForObject("SELECT status FROM appeal WHERE number = ?", String.class, number))
                .isEqualTo("ACCEPTED");
    }
}
