package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.jobs.DeadlineWatchJob;
import cn.xuanhua.bot.admin.jobs.MondayDigestJob;
import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.ProdProfileContext;
import cn.xuanhua.bot.admin.support.ScriptedWeek;
import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealFacts;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.command.DigestRequest;
import cn.xuanhua.bot.core.coordination.Locks;
import cn.xuanhua.bot.core.digest.DigestPeriod;
import cn.xuanhua.bot.core.digest.MondayDigests;
import cn.xuanhua.bot.core.digest.WeeklyDigests;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffRole;
import cn.xuanhua.bot.core.coordination.SharedState;
import cn.xuanhua.bot.core.outbound.MessageSender;
import cn.xuanhua.bot.wecom.fake.Delivery;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Weekly digests on the prod profile (MariaDB, Redis): the scripted week through the API and 周报; the Monday job. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeeklyDigestIT extends ProdProfileContext {
    /** Every post goes here, never to WeCom itself. */
    private static final FakeWeComServer WECOM = new FakeWeComServer();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void fakeWeCom(DynamicPropertyRegistry registry) {
        registry.add("bot.wecom.api-base-url", WECOM::baseUrl);
    }

    @Autowired
    Appeals appeals;
    @Autowired
    WeeklyDigests weeklyDigestHook;
    @Autowired
    MondayDigestJob mondayDigestJob;
    @Autowired
    Groups groups;
    @Autowired
    SharedState sharedState;
    @Autowired
    MessageSender sender;
    @Autowired
    JdbcTemplate db;
    @Autowired
    DeadlineWatchJob deadlineWatchJob;
    @Autowired
    Clock clock;

    @BeforeAll
    void scriptTheWeek() {
        ScriptedWeek.store(appeals, "WDIT");
        ScriptedWeek.storeBasicallySatisfied(appeals, "WDIT");
    }

    @Test
    void theApiGivesTheScriptedWeeksNumbers() throws Exception {
        HttpResponse<String> response = admin().get("/api/digests/weekly?groupCode=ind-tech&week=2026-W10");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode d = json.readTree(response.body());
        assertThat(d.get("groupCode").asText()).isEqualTo("ind-tech");
        assertThat(d.get("week").asText()).isEqualTo("2026-W10");
        assertThat(d.get("created").asLong()).isEqualTo(3);
        assertThat(d.get("accepted").asLong()).isEqualTo(2);
        assertThat(d.get("resolved").asLong()).isEqualTo(1);
        assertThat(d.get("overdue").asLong()).isZero();
        assertThat(d.get("open").asLong()).isEqualTo(2);
        assertThat(d.get("responseRate").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(d.get("onTimeRate").asDouble()).isEqualTo(1.0);
        assertThat(d.get("resolutionRate").asDouble()).isEqualTo(1.0);
        assertThat(d.get("satisfactionRate").asDouble()).isEqualTo(1.0);
        assertThat(d.get("topCategories")).hasSize(1);
        assertThat(d.get("topCategories").get(0).get("category").asText()).isEqualTo("政策咨询");
        assertThat(d.get("topCategories").get(0).get("count").asLong()).isEqualTo(3);
        assertThat(d.get("from").asText()).isEqualTo("2026-03-02T00:00:00+08:00");
    }

    @Test
    void aBasicallySatisfiedRatingIsStoredAndCountsAsSatisfied() throws Exception {
        JsonNode d = json.readTree(admin().get("/api/digests/weekly?groupCode=ind-tech&week=2026-W11").body());

        assertThat(d.get("counts").get("rated").asLong()).isEqualTo(1);
        assertThat(d.get("satisfactionRate").asDouble()).isEqualTo(1.0);
        assertThat(d.get("resolutionRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void anEmptyWeekHasNullRates() throws Exception {
        JsonNode d = json.readTree(admin().get("/api/digests/weekly?groupCode=ind-tech&week=2026-W09").body());

        assertThat(d.get("created").asLong()).isZero();
        for (String rate : List.of("responseRate", "onTimeRate", "resolutionRate", "satisfactionRate")) {
            assertThat(d.get(rate).isNull()).as(rate).isTrue();
        }
    }

    @Test
    void theCoordinationDigestCoversEveryGroupAndRanksDepartments() throws Exception {
        JsonNode d = json.readTree(admin().get("/api/digests/weekly?groupCode=coord&week=2026-W10").body());

        assertThat(d.get("created").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode science = null;
        for (JsonNode r : d.get("departments")) {
            if (r.get("departmentCode").asText().equals("science")) {
                science = r;
            }
        }
        assertThat(science).isNotNull();
        assertThat(science.get("departmentName").asText()).isEqualTo("科技局");
        assertThat(science.get("rank").asInt()).isPositive();
        assertThat(d.get("townships").isArray()).isTrue();
    }

    @Test
    void answersUniformErrorsForAnUnknownGroupABadWeekAndNoLogIn() throws Exception {
        HttpResponse<String> unknown = admin().get("/api/digests/weekly?groupCode=nope&week=2026-W10");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).get("error").asText()).isEqualTo("not_found");
        for (String week : List.of("2026-W99", "last-week", "2026-10")) {
            HttpResponse<String> bad = admin().get("/api/digests/weekly?groupCode=ind-tech&week=" + week);
            assertThat(bad.statusCode()).as(week).isEqualTo(400);
            assertThat(json.readTree(bad.body()).get("error").asText()).isEqualTo("invalid_input");
        }
        assertThat(anonymous().get("/api/digests/weekly?groupCode=ind-tech").statusCode()).isEqualTo(401);
    }

    @Test
    void inTheWeekStillRunningAnAppealInsideItsResponseWindowCountsNeitherForNorAgainst() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(clock);
        Actor clerk = Actor.staff(new StaffMember("it.stats", "统计局小李", "stats", StaffRole.STAFF));
        Appeal waiting = statsAppeal(1, now.minusMinutes(1));
        Appeal accepted = statsAppeal(2, now.minusMinutes(2));
        assertThat(accepted.accept(clerk, now).done()).isTrue();
        appeals.update(accepted);

        JsonNode d = json.readTree(admin().get("/api/digests/weekly?groupCode=department:stats&week="
                + DigestPeriod.containing(now.toLocalDate()).isoWeek()).body());

        assertThat(d.get("partial").asBoolean()).isTrue();
        assertThat(d.get("created").asLong()).isEqualTo(2);
        assertThat(d.get("responseRate").asDouble()).as("1 of the 1 judged; %s waits inside its window",
                waiting.number().value()).isEqualTo(1.0);
    }

    private Appeal statsAppeal(int sequence, ZonedDateTime at) {
        AppealNumber number = AppealNumber.of("RRIT", at.toLocalDate(), sequence);
        Appeal appeal = Appeal.submit(new AppealFacts(number, "ind-quality", "boss.rr" + sequence, null,
                "统计报表系统登录不上", "统计报表系统登录不上", "policy", at, null, false, "rr:" + number.value()),
                "stats", at.plusDays(5), "test");
        appeals.add(appeal);
        return appeal;
    }

    @Test
    void withoutAWeekItIsLastWeek() throws Exception {
        JsonNode d = json.readTree(admin().get("/api/digests/weekly?groupCode=ind-tech").body());

        assertThat(d.get("week").asText()).isEqualTo(DigestPeriod.lastWeek(ZonedDateTime.now(clock)).isoWeek());
        assertThat(d.get("partial").asBoolean()).isFalse();
    }

    @Test
    void theOwnersWeeklyDigestPostsTheSameNumbersAsTextAndChart() throws Exception {
        JsonNode api = json.readTree(admin().get("/api/digests/weekly?groupCode=ind-tech&week=2026-W10").body());

        weeklyDigestHook.requested(new DigestRequest(ScriptedWeek.GROUP, DigestPeriod.parse("2026-W10").monday(),
                "owner.tech", ScriptedWeek.at("2026-03-10T08:00"), "it-digest-1"));

        List<Map<String, Object>> rows = db.queryForList("SELECT idempotency_key, msg_type, recipient_kind, target,"
                + " content FROM outbox_message WHERE idempotency_key LIKE 'digest:ind-tech:2026-W10:it-digest-1:%'"
                + " ORDER BY id");
        assertThat(rows).extracting(r -> r.get("idempotency_key")).containsExactly(
                "digest:ind-tech:2026-W10:it-digest-1:text", "digest:ind-tech:2026-W10:it-digest-1:image");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("recipient_kind")).isEqualTo("GROUP");
            assertThat(r.get("target")).isEqualTo("ind-tech");
        });
        String text = (String) rows.get(0).get("content");
        assertThat(text).contains("新增诉求 **" + api.get("created").asLong() + "** 件",
                "受理 **" + api.get("accepted").asLong() + "** 件", "办结 **" + api.get("resolved").asLong() + "** 件",
                "响应率 **66.7%** (2/3)", "按时办结率 **100.0%** (1/1)", "解决率 **100.0%** (1/1)",
                "满意率 **100.0%** (1/1)", "政策咨询 3 件");
        assertThat(rows.get(1).get("msg_type")).isEqualTo("IMAGE");
        assertThat(Base64.getDecoder().decode((String) rows.get(1).get("content"))).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void theMondayJobPostsOncePerGroupAcrossTwoInstancesAndAReRun() throws Exception {
        // The scripted week's open appeals are long overdue, and the deadline watch escalates them into the
        // coordination group. Its first scheduled pass (5 s after start) could land just after coord gets its robot
        // below, and reach it beside the digest: let the watch escalate now and those posts be parked (coord has no
        // robot yet), so that only the digest reaches coord's robot.
        deadlineWatchJob.runOnce();
        Await.until("the escalations parked", Duration.ofSeconds(20), () -> db.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE group_code = 'coord' AND status IN ('PENDING', 'SENDING')",
                Integer.class) == 0);
        admin().putJson("/api/groups/ind-tech", "{\"webhookKey\":\"it-digest-key-tech\"}");
        admin().putJson("/api/groups/coord", "{\"webhookKey\":\"it-digest-key-coord\"}");
        MondayDigestJob otherInstance = new MondayDigestJob(
                new MondayDigests(groups, sender, weeklyDigestHook, new Locks(sharedState)), clock);
        String week = DigestPeriod.lastWeek(ZonedDateTime.now(clock)).isoWeek();

        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<MondayDigests.Outcome> a = CompletableFuture.supplyAsync(() -> runAfter(go, mondayDigestJob));
        CompletableFuture<MondayDigests.Outcome> b = CompletableFuture.supplyAsync(() -> runAfter(go, otherInstance));
        go.countDown();
        a.get();
        b.get();
        mondayDigestJob.run();

        List<String> reachable = groups.all().stream().filter(g -> reachable(g)).map(ChatGroup::code).toList();
        assertThat(reachable).contains("ind-tech", "coord");
        for (String group : groups.all().stream().map(ChatGroup::code).toList()) {
            Integer texts = db.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key = ?",
                    Integer.class, "digest:" + group + ":" + week + ":monday:text");
            assertThat(texts).as(group).isEqualTo(reachable.contains(group) ? 1 : 0);
        }
        assertThat(db.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE ?",
                Integer.class, "digest:%:" + week + ":monday:image")).isEqualTo(reachable.size());
        String coordText = db.queryForObject("SELECT content FROM outbox_message WHERE idempotency_key = ?",
                String.class, "digest:coord:" + week + ":monday:text");
        assertThat(coordText).startsWith("## 全区诉求周报");
        // The outbox worker delivers both through the group robot's webhook: markdown, then the chart image.
        WECOM.awaitDelivery(d -> d.target().equals("it-digest-key-coord") && d.msgType().equals("image"),
                Duration.ofSeconds(20));
        assertThat(WECOM.deliveries()).filteredOn(d -> d.target().equals("it-digest-key-coord"))
                .extracting(Delivery::msgType).containsExactlyInAnyOrder("markdown", "image");
    }

    private static boolean reachable(ChatGroup g) {
        return g.webhookKey().isSet();
    }

    private static MondayDigests.Outcome runAfter(CountDownLatch go, MondayDigestJob job) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return job.run();
    }
}
