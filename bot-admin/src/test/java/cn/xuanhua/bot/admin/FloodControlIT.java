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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing overrun, on the prod profile (MariaDB, Redis, a fake WeCom): one sender's flood makes at most five appeals
 * and one answer about the rest, a group never gets more than 20 posts in any minute (replies included), the same
 * complaint again makes no second appeal, and nothing anyone sent is lost on the way.
 */
class FloodControlIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String[] PROBLEMS = {"胡同里的路灯坏了三天了,麻烦街道管管", "营业执照经营范围变更去哪办",
            "增值税发票开不出来,电子税务局一直报错", "员工社保断缴三个月怎么补缴", "门口燃气管道有股味,怕漏气",
            "饭店暖气片一点都不热", "村里的路坑坑洼洼货车进不来", "隔壁KTV唱到半夜两点太吵了", "渣土车撒了一路土",
            "食品经营许可证快到期了怎么续", "拖欠的工程款半年了还没给", "店门口的下水道堵了往外冒水"};
    /** Low, so that the 7 of the 26 appeals that are 皇城's own make more notices to its clerk than a minute takes. */
    private static final int CLERK_PER_MINUTE = 2;
    private static FakeWeComServer wecom;
    private static BotInstance bot;
    private static WeComDriver driver;

    @BeforeAll
    static void start() {
        wecom = new FakeWeComServer();
        bot = BotInstance.start(TestServices.freshMariaDbDatabase("flood"), TestServices.freshRedisNamespace(),
                wecom.baseUrl(), "--bot.outbox.user-per-minute=" + CLERK_PER_MINUTE);
        driver = new WeComDriver(bot.port(), wecom.baseUrl());
        assertThat(bot.admin().putJson("/api/groups/tw-nanguan", "{\"chatId\":\"wrFloodNanguan\",\"webhookKey\":"
                + "\"key-flood-nanguan\"}").statusCode()).isEqualTo(200);
        assertThat(bot.admin().putJson("/api/groups/tw-huangcheng", "{\"chatId\":\"wrFloodHuangcheng\",\"webhookKey\":"
                + "\"key-flood-huangcheng\"}").statusCode()).isEqualTo(200);
        assertThat(bot.admin().postJson("/api/staff", "{\"userId\":\"clerk.huangcheng\",\"name\":\"皇城 办事员\","
                + "\"departmentCode\":\"office-huangcheng\",\"role\":\"STAFF\"}").statusCode()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        bot.close();
        wecom.close();
    }

    private static int count(String sql, Object... args) {
        return bot.db().queryForObject(sql, Integer.class, args);
    }

    @Test
    void threeHundredMessagesFromOneSenderInAMinuteMakeFiveAppealsOneAnswerAboutTheRestAndLoseNothing()
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String text = PROBLEMS[i % PROBLEMS.length] + " (" + i + ")";
            sent.add(pool.submit(() -> driver.groupMessage("wrFloodNanguan", "boss.flood", text).response().statusCode()));
        }
        for (Future<Integer> f : sent) {
            assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(200);
        }
        pool.shutdown();
        Await.until("all 300 handled", WAIT, () -> count("SELECT COUNT(*) FROM inbox_message WHERE sender_user_id = ?"
                + " AND status IN ('DONE', 'HELD')", "boss.flood") == 300);

        assertThat(count("SELECT COUNT(*) FROM inbox_message WHERE sender_user_id = ?", "boss.flood"))
                .as("every message is in the inbox").isEqualTo(300);
        assertThat(count("SELECT COUNT(*) FROM appeal WHERE requester_user_id = ?", "boss.flood")).isLessThanOrEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM inbox_message WHERE sender_user_id = ? AND status = 'HELD'", "boss.flood"))
                .as("held for the console").isPositive();
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE 'flood:boss.flood:%'"))
                .as("the sender is told once").isEqualTo(1);
        assertThat(bot.admin().getHtml("/inbox").body()).contains("短时间内过多");
    }

    @Test
    void aGroupGetsAtMostTwentyPostsInAnyMinuteRepliesIncludedAndAClerksNoticesBeyondTheLimitGoOutTogether()
            throws Exception {
        for (int i = 0; i < 26; i++) {
            // Each at its own building: the same words from three owners at one place would be one appeal (并单).
            driver.groupMessage("wrFloodHuangcheng", "owner-" + i, PROBLEMS[i % PROBLEMS.length] + ", " + i + "号楼");
        }
        Await.until("twenty posts sent", WAIT, () -> sentTo("group:tw-huangcheng").size() >= 20);
        assertThat(clerksAppeals()).as("more of the clerk's appeals than a minute takes").hasSizeGreaterThan(CLERK_PER_MINUTE);
        assertThat(toClerk()).as("notices to the clerk in the first minute").hasSizeLessThanOrEqualTo(CLERK_PER_MINUTE);
        Await.quietPeriod(Duration.ofSeconds(45));
        List<LocalDateTime> times = sentTo("group:tw-huangcheng");
        for (LocalDateTime t : times) {
            long inMinute = times.stream().filter(u -> !u.isBefore(t) && u.isBefore(t.plusSeconds(60))).count();
            assertThat(inMinute).as("posts in the minute from %s", t).isLessThanOrEqualTo(20);
        }
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE destination = 'group:tw-huangcheng'"))
                .as("every post waits in the outbox, none is dropped").isGreaterThan(20);
        Await.until("the rest sent once the minute has passed", Duration.ofSeconds(40), () -> count(
                "SELECT COUNT(*) FROM outbox_message WHERE destination IN ('group:tw-huangcheng', 'user:clerk.huangcheng')"
                        + " AND status <> 'SENT'") == 0);
        List<String> notices = toClerk();
        List<String> clerksAppeals = clerksAppeals();
        assertThat(notices).as("the waiting notices went out together").hasSizeLessThan(clerksAppeals.size())
                .anySatisfy(n -> assertThat(n).contains("条新通知"));
        for (String number : clerksAppeals) {
            assertThat(notices).as("the clerk is told of %s", number).anySatisfy(n -> assertThat(n).contains(number));
        }
    }

    private static List<String> clerksAppeals() {
        return bot.db().queryForList("SELECT number FROM appeal WHERE group_code = 'tw-huangcheng'"
                + " AND department_code = 'office-huangcheng'", String.class);
    }

    private static List<String> toClerk() {
        return wecom.deliveries().stream().filter(d -> d.kind() == Delivery.Kind.APP_MESSAGE
                && d.target().equals("clerk.huangcheng")).map(Delivery::content).toList();
    }

    @Test
    void theSameComplaintSentFiveTimesMakesOneAppeal() {
        for (int i = 0; i < 5; i++) {
            driver.groupMessage("wrFloodNanguan", "boss.repeat", "胡同口的下水井盖碎了,很危险,麻烦街道更换");
        }
        Await.until("all five handled", WAIT, () -> count("SELECT COUNT(*) FROM inbox_message WHERE sender_user_id = ?"
                + " AND status = 'DONE'", "boss.repeat") == 5);
        assertThat(count("SELECT COUNT(*) FROM appeal WHERE requester_user_id = ?", "boss.repeat")).isEqualTo(1);
    }

    private static List<LocalDateTime> sentTo(String destination) {
        return bot.db().queryForList("SELECT sent_at FROM outbox_message WHERE destination = ? AND status = 'SENT'"
                + " ORDER BY sent_at", LocalDateTime.class, destination);
    }
}
