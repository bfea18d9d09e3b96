package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.jobs.DeadlineWatchJob;
import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.admin.support.WeComDriver;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffRole;
import cn.xuanhua.bot.core.org.StaffDirectory;
import cn.xuanhua.bot.wecom.fake.Delivery;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 接诉即办 loop from chat, on the prod profile against MariaDB, Redis and a fake WeCom: staff commands in
 * their private chat with the app, every change posted into the group the appeal came from, ratings, transfers,
 * extensions, concurrency, and the escalation of what runs late.
 */
class AppealLifecycleIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String GROUP_KEY = "key-lifecycle-nanguan";
    private static final String COORD_KEY = "key-lifecycle-coord";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger WRITERS = new AtomicInteger();
    /**
     * These tests put a whole appeal's life through one group and one clerk in seconds, more posts a minute than WeCom
     * takes; the limits themselves are FloodControlIT's subject, so here they are out of the way.
     */
    private static final String[] UNHURRIED = {"--bot.outbox.webhook-per-minute=200", "--bot.outbox.user-per-minute=200"};
    private static FakeWeComServer wecom;
    private static String db;
    private static String redis;
    private static BotInstance bot;
    private static WeComDriver driver;

    @BeforeAll
    static void start() {
        wecom = new FakeWeComServer();
        db = TestServices.freshMariaDbDatabase("lifecycle");
        redis = TestServices.freshRedisNamespace();
        bot = BotInstance.start(db, redis, wecom.baseUrl(), UNHURRIED);
        driver = new WeComDriver(bot.port(), wecom.baseUrl());
        put("/api/groups/tw-nanguan", "{\"chatId\":\"wrLifeNanguan\",\"webhookKey\":\"" + GROUP_KEY + "\",\"ownerUserId\":\"ng.head\"}");
        put("/api/groups/coord", "{\"chatId\":\"wrLifeCoord\",\"webhookKey\":\"" + COORD_KEY + "\",\"ownerUserId\":\"district.head\"}");
        staff("ng.a", "南关街道 刘敏", "office-nanguan", "STAFF");
        staff("ng.b", "南关街道 赵强", "office-nanguan", "STAFF");
        staff("ng.head", "南关街道 主任", "office-nanguan", "LEADER");
        staff("urban.a", "城管局 孙丽", "urban", "STAFF");
        staff("disp", "审批局 调度", "approval", "DISPATCHER");
        staff("district.head", "常务副区长", "approval", "LEADER");
    }

    @AfterAll
    static void stop() {
        bot.close();
        wecom.close();
    }

    private static void put(String path, String json) {
        assertThat(bot.admin().putJson(path, json).statusCode()).isEqualTo(200);
    }

    private static void staff(String userId, String name, String department, String role) {
        assertThat(bot.admin().postJson("/api/staff", "{\"userId\":\"" + userId + "\",\"name\":\"" + name
                + "\",\"departmentCode\":\"" + department + "\",\"role\":\"" + role + "\"}").statusCode()).isEqualTo(201);
    }

    /**
     * A new appeal from the 南关 group by an owner of its own (one writer's open appeals would take a like complaint
     * for a repeat, and more than five in ten minutes are held); returns its number.
     */
    private static String newAppeal(String text) {
        return newAppeal("owner.ng" + WRITERS.incrementAndGet(), text);
    }

    private static String newAppeal(String writer, String text) {
        var sent = driver.groupMessage("wrLifeNanguan", writer, text);
        return Await.value("appeal made", WAIT, () -> bot.db().queryForList(
                "SELECT number FROM appeal WHERE source_message_id = ?", String.class, "aibot:" + sent.msgId())
                .stream().findFirst().orElse(null));
    }

    private static void command(String userId, String text) {
        assertThat(driver.appMessage(userId, text).statusCode()).isEqualTo(200);
    }

    private static Delivery awaitGroupPost(String key, Predicate<String> content) {
        return Await.value("a post into the group", WAIT, () -> wecom.deliveries().stream()
                .filter(d -> d.kind() == Delivery.Kind.WEBHOOK && d.target().equals(key) && content.test(d.content()))
                .findFirst().orElse(null));
    }

    private static Delivery awaitAppMessage(String userId, Predicate<String> content) {
        return Await.value("an app message to " + userId, WAIT, () -> wecom.deliveries().stream()
                .filter(d -> d.kind() == Delivery.Kind.APP_MESSAGE && d.target().equals(userId) && content.test(d.content()))
                .findFirst().orElse(null));
    }

    private static JsonNode appeal(String number) {
        try {
            return JSON.readTree(bot.admin().get("/api/appeals/" + number).body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> eventTypes(String number) {
        List<String> types = new ArrayList<>();
        appeal(number).get("events").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    @Test
    void listsAppealsFilteredSearchedAndPagedWithoutTheirTimelines() throws Exception {
        String n = newAppeal("仓库后面的消防通道被占了,万一着火车进不来,麻烦处理");
        JsonNode page = JSON.readTree(bot.admin().get("/api/appeals?status=PENDING&q="
                + java.net.URLEncoder.encode("消防通道", java.nio.charset.StandardCharsets.UTF_8) + "&page=1&size=5").body());
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("number").asText()).isEqualTo(n);
        assertThat(first.get("status").asText()).isEqualTo("PENDING");
        assertThat(first.get("groupCode").asText()).isEqualTo("tw-nanguan");
        assertThat(first.has("events")).isFalse();
        assertThat(bot.admin().get("/api/appeals?status=NOPE").statusCode()).isEqualTo(400);
        assertThat(bot.admin().get("/api/appeals/XH19990101-0001").statusCode()).isEqualTo(404);
    }

    @Test
    void noLinkMentionOrColourTypedInAChatReachesAGroupAsMarkup() {
        var sent = driver.groupMessage("wrLifeNanguan", "owner.liu",
                "[补贴领取](http://evil.example/p) <@all> 胡同里的井盖丢了,晚上很危险,麻烦街道尽快处理");
        Delivery reply = Await.value("the reply", WAIT, () -> wecom.deliveries().stream()
                .filter(d -> d.kind() == Delivery.Kind.REPLY && d.target().equals(sent.msgId())).findFirst().orElse(null));
        assertThat(reply.content()).contains("补贴领取").doesNotContain("](", "<@all>", "http://");
        String n = bot.db().queryForObject("SELECT number FROM appeal WHERE source_message_id = ?", String.class,
                "aibot:" + sent.msgId());
        command("ng.a", "受理 " + n);
        command("ng.a", "进展 " + n + " [点我](javascript:alert(1)) <font color=\"warning\">已派人</font> # 标题");
        Delivery progress = awaitGroupPost(GROUP_KEY, c -> c.contains(n) && c.contains("已派人"));
        assertThat(progress.content()).doesNotContain("](", "<font", "# 标题")
                .contains("点我", "**办理进展**");
    }

    @Test
    void theStaffDirectoryReadsOneRoleFromTheDatabase() {
        assertThat(bot.bean(StaffDirectory.class).withRole(StaffRole.DISPATCHER)).extracting(StaffMember::userId)
                .containsExactly("disp");
        assertThat(bot.bean(StaffDirectory.class).withRole(StaffRole.LEADER)).extracting(StaffMember::userId)
                .containsExactly("district.head", "ng.head");
    }

    @Test
    void aStrangersAcceptIsRefusedAndChangesNothing() {
        String n = newAppeal("槐树胡同口的路面塌了个大坑,电动车差点摔了,麻烦街道尽快处理");
        command("urban.a", "受理 " + n);
        awaitAppMessage("urban.a", c -> c.contains("不属于") || c.contains("没有") || c.contains("无权"));
        command("passer.by", "受理 " + n);
        awaitAppMessage("passer.by", c -> !c.isBlank());
        Await.quietPeriod(Duration.ofSeconds(1));
        assertThat(appeal(n).get("status").asText()).isEqualTo("PENDING");
        assertThat(eventTypes(n)).containsExactly("CREATED");
    }

    @Test
    void acceptProgressAndResolveArePostedIntoTheOriginGroupAndSatisfiedCloses() {
        String n = newAppeal("owner.zhang", "胡同里的路灯坏了三天了,垃圾也没人清,麻烦街道管管");
        command("ng.a", "受理 " + n);
        assertThat(awaitGroupPost(GROUP_KEY, c -> c.contains(n) && c.contains("受理")).content()).contains("刘敏", "办理期限");
        command("ng.a", "进展 " + n + " 已联系路灯所,电话13912345678,明天更换");
        assertThat(awaitGroupPost(GROUP_KEY, c -> c.contains(n) && c.contains("进展")).content())
                .contains("明天更换").doesNotContain("13912345678");
        command("ng.a", "办结 " + n + " 路灯已更换");
        assertThat(awaitGroupPost(GROUP_KEY, c -> c.contains(n) && c.contains("办结")).content()).contains("满意 " + n);
        var rating = driver.groupMessage("wrLifeNanguan", "owner.zhang", "满意 " + n);
        Await.until("closed", WAIT, () -> "CLOSED".equals(appeal(n).get("status").asText()));
        JsonNode a = appeal(n);
        assertThat(a.get("satisfaction").asText()).isEqualTo("SATISFIED");
        assertThat(eventTypes(n)).containsSubsequence("CREATED", "ACCEPTED", "PROGRESS", "RESOLVED", "RATED");
        assertThat(rating.response().statusCode()).isEqualTo(200);
    }

    @Test
    void dissatisfiedReopensTheAppealToItsDepartment() {
        String n = newAppeal("owner.wu", "小区门口胡同里积水很深,车都开不过去,麻烦街道处理一下");
        command("ng.a", "受理 " + n);
        command("ng.a", "办结 " + n + " 已抽水");
        Await.until("resolved", WAIT, () -> "RESOLVED".equals(appeal(n).get("status").asText()));
        driver.groupMessage("wrLifeNanguan", "owner.wu", "不满意 " + n);
        Await.until("reopened", WAIT, () -> "ACCEPTED".equals(appeal(n).get("status").asText()));
        assertThat(appeal(n).get("reopened").asBoolean()).isTrue();
        assertThat(appeal(n).get("departmentCode").asText()).isEqualTo("office-nanguan");
    }

    @Test
    void transferMovesTheAppealAndTellsBothDepartmentsAndTheGroup() {
        String n = newAppeal("小区后面的小巷子里有人私搭乱建了个棚子,占了过道,麻烦街道来看看");
        command("ng.a", "转办 " + n + " 城管 违建归城管执法");
        Await.until("moved", WAIT, () -> "urban".equals(appeal(n).get("departmentCode").asText()));
        assertThat(appeal(n).get("status").asText()).isEqualTo("PENDING");
        awaitAppMessage("urban.a", c -> c.contains(n));
        awaitGroupPost(GROUP_KEY, c -> c.contains(n) && c.contains("转"));
        awaitAppMessage("ng.a", c -> c.contains(n) && c.contains("转"));
    }

    @Test
    void anExtensionMovesTheDueDateOnlyWhenApproved() {
        String n = newAppeal("胡同里的下水道堵了,污水往外冒,麻烦街道处理");
        command("ng.a", "受理 " + n);
        Await.until("accepted", WAIT, () -> "ACCEPTED".equals(appeal(n).get("status").asText()));
        String due = appeal(n).get("dueAt").asText();
        command("ng.a", "延期 " + n + " 3天 需要协调管网公司");
        Await.until("requested", WAIT, () -> eventTypes(n).contains("EXTENSION_REQUESTED"));
        assertThat(appeal(n).get("dueAt").asText()).isEqualTo(due);
        command("disp", "批准延期 " + n);
        Await.until("approved", WAIT, () -> eventTypes(n).contains("EXTENSION_APPROVED"));
        assertThat(appeal(n).get("dueAt").asText()).isGreaterThan(due);
        awaitGroupPost(GROUP_KEY, c -> c.contains(n) && c.contains("办理期限已延长"));
        awaitGroupPost(GROUP_KEY, c -> c.contains(n) && c.contains("申请延长 3 个工作日"));
    }

    @Test
    void twoStaffAcceptingAtOnceMakeExactlyOneAcceptance() throws Exception {
        String n = newAppeal("胡同里的井盖松动了,车过去哐哐响,麻烦街道找人修理");
        CompletableFuture<?> a = CompletableFuture.runAsync(() -> command("ng.a", "受理 " + n));
        CompletableFuture<?> b = CompletableFuture.runAsync(() -> command("ng.b", "受理 " + n));
        CompletableFuture.allOf(a, b).get();
        Await.until("accepted", WAIT, () -> "ACCEPTED".equals(appeal(n).get("status").asText()));
        Await.until("both answered", WAIT, () -> wecom.deliveries().stream()
                .filter(d -> d.kind() == Delivery.Kind.APP_MESSAGE && d.content().contains(n)
                        && (d.target().equals("ng.a") || d.target().equals("ng.b"))
                        && !d.content().contains("新诉求")).count() >= 2);
        assertThat(eventTypes(n).stream().filter("ACCEPTED"::equals)).hasSize(1);
        assertThat(wecom.deliveries().stream().filter(d -> d.target().equals(GROUP_KEY) && d.content().contains(n)
                && d.content().contains("已受理"))).hasSize(1);
    }

    @Test
    void theWatchLooksOnlyAtAppealsThatMayNeedItNow() {
        String n = newAppeal("胡同口的下水井盖碎了,很危险,麻烦街道更换");
        command("ng.a", "受理 " + n);
        Await.until("accepted", WAIT, () -> "ACCEPTED".equals(appeal(n).get("status").asText()));
        var appeals = bot.bean(cn.xuanhua.bot.core.appeal.Appeals.class);
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        java.util.function.Supplier<Boolean> watched = () -> appeals.watchCandidates(now).stream()
                .anyMatch(a -> a.number().value().equals(n));
        assertThat(watched.get()).as("in hand, due within days").isTrue();
        bot.db().update("UPDATE appeal SET due_at = ? WHERE number = ?", now.plusDays(40).toLocalDateTime(), n);
        assertThat(watched.get()).as("in hand, due in 40 days").isFalse();
        bot.db().update("UPDATE appeal SET due_at = ?, overdue = TRUE WHERE number = ?", now.minusDays(2).toLocalDateTime(), n);
        assertThat(watched.get()).as("in hand, already escalated").isFalse();
        bot.db().update("UPDATE appeal SET status = 'RESOLVED' WHERE number = ?", n);
        assertThat(watched.get()).as("resolved: the rating window runs").isTrue();
    }

    /** 附议 end to end on MariaDB: the thread's appeal is read back by recentOpenOfGroup and the writer joins it. */
    @Test
    void aMemberSayingMeTooBecomesOneMoreRequesterOfTheAppealJustMade() {
        String n = newAppeal("owner.thread1", "菜市场东口的污水井冒水了,一地脏水,顾客都绕着走,麻烦尽快处理");
        var meToo = driver.groupMessage("wrLifeNanguan", "owner.thread2", "我们这也是，天天堵");
        assertThat(meToo.response().statusCode()).isEqualTo(200);
        Await.until("joined", WAIT, () -> bot.db().queryForList("SELECT r.user_id FROM appeal_requester r"
                + " JOIN appeal a ON a.id = r.appeal_id WHERE a.number = ?", String.class, n).contains("owner.thread2"));
        assertThat(bot.db().queryForObject("SELECT COUNT(*) FROM appeal WHERE requester_user_id = ?", Integer.class,
                "owner.thread2")).isZero();
    }

    @Test
    void aRowThatCannotBeReadBackDoesNotHideTheOthersFromTheWatch() {
        String n = newAppeal("菜市场门口的路灯坏了一个多月了,晚上很黑,麻烦街道修一下");
        String bad = "BN20261126-0000005"; // a sequence with leading zeros beyond four digits is not a number
        bot.db().update("INSERT INTO appeal (number, status, group_code, requester_user_id, original_text,"
                + " masked_text, category_code, department_code, created_at, due_at, reopened, overdue, version,"
                + " updated_at) SELECT ?, status, group_code, requester_user_id, original_text, masked_text,"
                + " category_code, department_code, created_at, due_at, reopened, overdue, 0, updated_at"
                + " FROM appeal WHERE number = ?", bad, n);
        try {
            var appeals = bot.bean(cn.xuanhua.bot.core.appeal.Appeals.class);
            java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
            assertThat(appeals.watchCandidates(now)).extracting(a -> a.number().value()).contains(n)
                    .doesNotContain(bad);
            assertThat(appeals.unclosed()).extracting(a -> a.number().value()).contains(n);
            bot.bean(DeadlineWatchJob.class).runOnce();
        } finally {
            bot.db().update("DELETE FROM appeal WHERE number = ?", bad);
        }
    }

    @Test
    void anOverdueAppealIsEscalatedOnceAfterARestartWithAShiftedClock() {
        String n = newAppeal("厂子后面胡同里堆了好多垃圾,路灯也全坏了,一直没人管,麻烦街道处理");
        command("ng.a", "受理 " + n);
        Await.until("accepted", WAIT, () -> "ACCEPTED".equals(appeal(n).get("status").asText()));
        try (BotInstance later = BotInstance.start(db, redis, wecom.baseUrl(), "--bot.clock.offset=P15D")) {
            later.bean(DeadlineWatchJob.class).runOnce();
            later.bean(DeadlineWatchJob.class).runOnce();
        }
        try (BotInstance evenLater = BotInstance.start(db, redis, wecom.baseUrl(), "--bot.clock.offset=P16D")) {
            evenLater.bean(DeadlineWatchJob.class).runOnce();
            Delivery escalation = awaitGroupPost(COORD_KEY, c -> c.contains(n));
            assertThat(escalation.content()).contains("南关街道");
            Await.quietPeriod(Duration.ofSeconds(2));
        }
        assertThat(wecom.deliveries().stream().filter(d -> d.target().equals(COORD_KEY) && d.content().contains(n)
                && d.content().contains("超"))).hasSize(1);
        assertThat(appeal(n).get("overdue").asBoolean()).isTrue();
    }
}
