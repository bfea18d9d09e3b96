package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.admin.support.WeComDriver;
import cn.xuanhua.bot.wecom.fake.Delivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 并单 end to end (docs/intake.md, "并单"): owners report through the real AI-bot callback, on the prod profile against
 * MariaDB and Redis, with WxJava talking HTTP to a fake WeCom. One outage reported by three owners is one appeal
 * with three requesters; another problem on the same street and the same words in another township stay apart.
 */
class MergedAppealsIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String NANGUAN_KEY = "key-nanguan-merge-01";
    private static FakeWeComServer wecom;
    private static BotInstance bot;
    private static WeComDriver driver;

    @BeforeAll
    static void start() {
        wecom = new FakeWeComServer();
        bot = BotInstance.start(TestServices.freshMariaDbDatabase("merge"), TestServices.freshRedisNamespace(),
                wecom.baseUrl());
        driver = new WeComDriver(bot.port(), wecom.baseUrl());
        bind("tw-nanguan", "wrNanguanMerge", NANGUAN_KEY);
        bind("tw-nandajie", "wrNandajieMerge", "key-nandajie-merge-1");
        staff("disp", "审批局 调度", "approval", "DISPATCHER");
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

    /** Sends an owner's message and waits for the bot's answer to it. */
    private static Delivery report(String chatId, String owner, String text) {
        var sent = driver.groupMessage(chatId, owner, text);
        assertThat(sent.response().statusCode()).isEqualTo(200);
        return Await.value("the answer to " + owner, WAIT, () -> wecom.deliveries().stream()
                .filter(d -> d.kind() == Delivery.Kind.REPLY && d.target().equals(sent.msgId()))
                .findFirst().orElse(null));
    }

    private static int appealsOf(String group) {
        return bot.db().queryForObject("SELECT COUNT(*) FROM appeal WHERE group_code = ?", Integer.class, group);
    }

    private static String numberAnswered(Delivery answer) {
        return bot.db().queryForList("SELECT number FROM appeal", String.class).stream()
                .filter(answer.content()::contains).findFirst().orElseThrow();
    }

    @Test
    void oneOutageReportedByThreeOwnersIsOneAppealWithThreeRequesters() throws Exception {
        Delivery first = report("wrNanguanMerge", "zhang.bingui", "南关街停电了,店里冰柜全停了,什么时候能来电?");
        String n = numberAnswered(first);
        assertThat(first.content()).contains("诉求已登记", n);
        Delivery second = report("wrNanguanMerge", "li.canting", "南关街这边也停电了,饭店收银机开不了,什么时候来电");
        Delivery third = report("wrNanguanMerge", "wang.chaoshi", "南关街停电了,我们超市也没电了,什么时候来电啊");
        assertThat(second.content()).contains("同一问题已在办理", n, "待受理", "第 2 位诉求人");
        assertThat(third.content()).contains("同一问题已在办理", n, "待受理", "第 3 位诉求人");
        assertThat(appealsOf("tw-nanguan")).isEqualTo(1);
        assertThat(bot.db().queryForObject("SELECT requester_user_id FROM appeal WHERE number = ?", String.class, n))
                .isEqualTo("zhang.bingui");
        assertThat(bot.db().queryForList("SELECT r.user_id FROM appeal_requester r JOIN appeal a ON a.id = r.appeal_id"
                + " WHERE a.number = ? ORDER BY r.joined_order", String.class, n))
                .containsExactly("li.canting", "wang.chaoshi");
        String api = bot.admin().get("/api/appeals/" + n).body();
        assertThat(api).contains("\"requesters\":[\"zhang.bingui\",\"li.canting\",\"wang.chaoshi\"]");
        var page = bot.admin().getHtml("/appeals/" + n);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("诉求人 (并单)", "3 位: zhang.bingui、li.canting、wang.chaoshi");
        // The week's digest counts the outage once and says how many businesses it reached.
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String week = today.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d",
                today.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        var digest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                bot.admin().get("/api/digests/weekly?groupCode=tw-nanguan&week=" + week).body());
        assertThat(digest.path("businesses").asLong()).isGreaterThanOrEqualTo(digest.path("created").asLong() + 2);

        // A different problem on the same street, and the same words in another township, stay apart.
        Delivery manhole = report("wrNanguanMerge", "zhao.yaodian", "南关街口的井盖丢了,晚上太危险,麻烦尽快处理");
        assertThat(manhole.content()).contains("诉求已登记").doesNotContain(n);
        Delivery elsewhere = report("wrNandajieMerge", "sun.mianguan", "南关街停电了,店里冰柜全停了,什么时候能来电?");
        assertThat(elsewhere.content()).contains("诉求已登记").doesNotContain(n);
        assertThat(appealsOf("tw-nanguan")).isEqualTo(2);
        assertThat(appealsOf("tw-nandajie")).isEqualTo(1);

        // 办结 is posted into the group mentioning every requester; each of them may rate.
        String department = bot.db().queryForObject("SELECT department_code FROM appeal WHERE number = ?",
                String.class, n);
        staff("merge.clerk", "承办 陈刚", department, "STAFF");
        assertThat(driver.appMessage("merge.clerk", "受理 " + n).statusCode()).isEqualTo(200);
        Await.until("accepted", WAIT, () -> "ACCEPTED".equals(bot.db().queryForObject(
                "SELECT status FROM appeal WHERE number = ?", String.class, n)));
        assertThat(driver.appMessage("merge.clerk", "办结 " + n + " 线路已抢修, 已恢复供电").statusCode()).isEqualTo(200);
        Delivery resolved = Await.value("the 办结 post", WAIT, () -> wecom.deliveries().stream()
                .filter(d -> d.kind() == Delivery.Kind.WEBHOOK && d.target().equals(NANGUAN_KEY)
                        && d.content().contains(n) && d.content().contains("诉求已办结"))
                .findFirst().orElse(null));
        assertThat(resolved.content()).contains("<@zhang.bingui>", "<@li.canting>", "<@wang.chaoshi>");
        assertThat(driver.groupMessage("wrNanguanMerge", "wang.chaoshi", "满意 " + n).response().statusCode())
                .isEqualTo(200);
        Await.until("closed by the third requester's rating", WAIT, () -> "CLOSED".equals(bot.db().queryForObject(
                "SELECT status FROM appeal WHERE number = ?", String.class, n)));
    }

    @Test
    void theSameOwnerSendingTheSameComplaintAgainAddsToItsAppeal() {
        Delivery first = report("wrNanguanMerge", "qian.xiyi", "南关菜市场门口的水管冻裂了,一直往外喷水,路上全结冰了");
        String n = numberAnswered(first);
        // Intake reads it as a follow-up of the writer's own open appeal, or 并单 finds it: one appeal either way.
        Delivery again = report("wrNanguanMerge", "qian.xiyi", "南关菜市场门口水管冻裂了还在喷水,路上全是冰");
        assertThat(again.content()).contains(n).doesNotContain("诉求已登记");
        assertThat(bot.db().queryForObject("SELECT COUNT(*) FROM appeal WHERE requester_user_id = 'qian.xiyi'",
                Integer.class)).isEqualTo(1);
        List<String> events = bot.db().queryForList("SELECT e.type FROM appeal_event e JOIN appeal a"
                + " ON a.id = e.appeal_id WHERE a.number = ? ORDER BY e.id", String.class, n);
        assertThat(events).containsExactly("CREATED", "SUPPLEMENTED");
    }

    @Test
    void aDispatcherMergesTwoAppealsByHandAndSplitsThemAgainFromChat() {
        String a = numberAnswered(report("wrNanguanMerge", "feng.xiedian", "南关街口的路灯坏了三天了,晚上很黑,麻烦修一下"));
        String b = numberAnswered(report("wrNanguanMerge", "chu.huadian", "路口那几盏灯一直不亮,顾客晚上都不敢来,请街道处理"));
        assertThat(a).isNotEqualTo(b);

        assertThat(driver.appMessage("disp", "并单 " + a + " " + b).statusCode()).isEqualTo(200);
        Delivery merged = Await.value("the 并单 post", WAIT, () -> wecom.deliveries().stream()
                .filter(d -> d.kind() == Delivery.Kind.WEBHOOK && d.target().equals(NANGUAN_KEY)
                        && d.content().contains("诉求已并单") && d.content().contains(a))
                .findFirst().orElse(null));
        assertThat(merged.content()).contains(b, "<@feng.xiedian>", "<@chu.huadian>");
        assertThat(bot.db().queryForObject("SELECT status FROM appeal WHERE number = ?", String.class, b))
                .isEqualTo("CLOSED");
        assertThat(bot.db().queryForObject("SELECT merged_into FROM appeal WHERE number = ?", String.class, b))
                .isEqualTo(a);
        assertThat(bot.admin().get("/api/appeals/" + a).body())
                .contains("\"requesters\":[\"feng.xiedian\",\"chu.huadian\"]", "MERGED_IN");
        assertThat(bot.admin().get("/api/appeals/" + b).body()).contains("MERGED_AWAY");

        assertThat(driver.appMessage("disp", "拆单 " + b).statusCode()).isEqualTo(200);
        Delivery split = Await.value("the 拆单 post", WAIT, () -> wecom.deliveries().stream()
                .filter(d -> d.kind() == Delivery.Kind.WEBHOOK && d.target().equals(NANGUAN_KEY)
                        && d.content().contains("诉求已拆单") && d.content().contains(b))
                .findFirst().orElse(null));
        assertThat(split.content()).contains(a);
        assertThat(bot.db().queryForObject("SELECT status FROM appeal WHERE number = ?", String.class, b))
                .isEqualTo("PENDING");
        assertThat(bot.db().queryForObject("SELECT merged_into FROM appeal WHERE number = ?", String.class, b))
                .isNull();
        assertThat(bot.admin().get("/api/appeals/" + a).body())
                .contains("\"requesters\":[\"feng.xiedian\"]", "SPLIT_OFF", "REQUESTER_LEFT");
        assertThat(bot.admin().get("/api/appeals/" + b).body()).contains("\"type\":\"SPLIT\"");

        // An owner may not merge.
        assertThat(driver.appMessage("feng.xiedian", "并单 " + a + " " + b).statusCode()).isEqualTo(200);
        Await.quietPeriod(Duration.ofSeconds(1));
        assertThat(bot.db().queryForObject("SELECT merged_into FROM appeal WHERE number = ?", String.class, b))
                .isNull();
    }
}
