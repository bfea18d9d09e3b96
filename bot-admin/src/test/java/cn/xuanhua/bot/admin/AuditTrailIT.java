package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.jobs.OutboxWorker;
import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.Http;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Outbox;
import cn.xuanhua.bot.core.outbound.Recipient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail of docs/api.md on MariaDB: changes through the API and the console pages are listed by
 * {@code GET /api/audit} with their actor, newest first, paged, without secrets; a change refused for bad input leaves
 * no entry; only administrators read it. Also the binding mode of {@code PUT /api/groups/{code}}. The bot's clock runs
 * 400 days ahead, so the entries' time can only be the injected clock's.
 */
class AuditTrailIT {
    private static final String OFFSET_DAYS = "400";
    private static final String KEY = "9a7f3c21-audit-secret-key-0001";
    private static final String LEADER_PASSWORD = "leader-pass-123";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeWeComServer wecom;
    private static BotInstance bot;

    @BeforeAll
    static void start() {
        wecom = new FakeWeComServer();
        bot = BotInstance.start(TestServices.freshMariaDbDatabase("audit_trail"), TestServices.freshRedisNamespace(),
                wecom.baseUrl(), "--bot.clock.offset=P" + OFFSET_DAYS + "D");
    }

    @AfterAll
    static void stop() {
        bot.close();
        wecom.close();
    }

    private static JsonNode audit(String query) throws Exception {
        HttpResponse<String> response = bot.admin().get("/api/audit" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static long total() throws Exception {
        return audit("?page=1&size=1").get("total").asLong();
    }

    @Test
    void listsABindingAStaffAndARulesChangeWithTheirActorNewestFirstPagedAndWithoutSecrets() throws Exception {
        assertThat(bot.admin().putJson("/api/groups/tw-huangcheng",
                "{\"chatId\":\"wrAuditHuangcheng\",\"webhookKey\":\"" + KEY
                + "\",\"ownerUserId\":\"owner.huangcheng\"}").statusCode()).isEqualTo(200);
        assertThat(bot.admin().postJson("/api/staff", "{\"userId\":\"audit.zhao\",\"name\":\"赵审计\","
                + "\"departmentCode\":\"urban\",\"role\":\"STAFF\"}").statusCode()).isEqualTo(201);
        assertThat(bot.admin().postForm("/rules/keywords", Map.of("category", "license", "keyword", "审计专用词",
                "weight", "6")).statusCode()).isEqualTo(302);

        JsonNode first = audit("?page=1&size=2");
        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode rules = first.get("items").get(0);
        JsonNode staff = first.get("items").get(1);
        JsonNode binding = audit("?page=2&size=2").get("items").get(0);

        assertThat(rules.get("actor").asText()).isEqualTo("admin");
        assertThat(rules.get("action").asText()).isEqualTo("添加关键词");
        assertThat(rules.get("target").asText()).isEqualTo("类别 license");
        assertThat(rules.get("detail").asText()).contains("审计专用词", "权重 6");

        assertThat(staff.get("actor").asText()).isEqualTo("admin");
        assertThat(staff.get("action").asText()).isEqualTo("添加工作人员");
        assertThat(staff.get("target").asText()).isEqualTo("audit.zhao");
        assertThat(staff.get("detail").asText()).contains("姓名: (空) → 赵审计", "部门: (空) → urban");

        assertThat(binding.get("actor").asText()).isEqualTo("admin");
        assertThat(binding.get("action").asText()).isEqualTo("修改群绑定");
        assertThat(binding.get("target").asText()).isEqualTo("tw-huangcheng");
        assertThat(binding.get("detail").asText())
                .contains("群聊 ID: (空) → wrAuditHuangcheng", "webhook key: 已更改", "群主: (空) → owner.huangcheng")
                .doesNotContain(KEY);

        // Newest first, at the bot's (offset) clock in Asia/Shanghai.
        OffsetDateTime rulesAt = OffsetDateTime.parse(rules.get("at").asText());
        OffsetDateTime bindingAt = OffsetDateTime.parse(binding.get("at").asText());
        assertThat(rulesAt).isAfterOrEqualTo(bindingAt);
        assertThat(rulesAt.getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
        assertThat(rulesAt.toLocalDate()).isAfterOrEqualTo(
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(Long.parseLong(OFFSET_DAYS) - 1));
        // No secret anywhere in the trail, also after a password was set.
        bot.admin().postForm("/staff/audit.zhao/account", Map.of("username", "audit.zhao", "password",
                "zhao-secret-pass-9"));
        String everything = bot.admin().get("/api/audit?page=1&size=200").body();
        assertThat(everything).doesNotContain(KEY, "zhao-secret-pass-9").contains("密码: 已更改");
    }

    @Test
    void aChangeRefusedForBadInputRecordsNothing() throws Exception {
        long before = total();

        assertThat(bot.admin().putJson("/api/groups/tw-pangjiabao", "{\"chatId\":\"wrAuditOk\",\"webhookKey\":"
                + "\"bad key with spaces\"}").statusCode()).isEqualTo(400);
        assertThat(bot.admin().putJson("/api/groups/tw-pangjiabao", "{\"binding\":\"APPCHAT\"}").statusCode())
                .isEqualTo(400);
        assertThat(bot.admin().postJson("/api/staff", "{\"userId\":\"audit.bad\",\"name\":\"无部门\","
                + "\"departmentCode\":\"no-such-department\"}").statusCode()).isEqualTo(400);
        bot.admin().postForm("/rules/keywords", Map.of("category", "no-such-category", "keyword", "x", "weight", "5"));
        bot.admin().postForm("/staff/audit.nobody/account", Map.of("username", "nobody1", "password", "short"));

        assertThat(total()).isEqualTo(before);
        JsonNode group = JSON.readTree(bot.admin().get("/api/groups/tw-pangjiabao").body());
        assertThat(group.get("chatId").isNull()).isTrue();
        assertThat(group.get("binding").asText()).isEqualTo("WEBHOOK");
    }

    @Test
    void theBindingModeIsSetThroughPutWithWhatItNeedsAndABadModeIs400() throws Exception {
        HttpResponse<String> appchat = bot.admin().putJson("/api/groups/tw-jianguojie",
                "{\"chatId\":\"wrAuditJianguo\",\"binding\":\"APPCHAT\"}");
        assertThat(appchat.statusCode()).as(appchat.body()).isEqualTo(200);
        assertThat(JSON.readTree(appchat.body()).get("binding").asText()).isEqualTo("APPCHAT");
        assertThat(JSON.readTree(bot.admin().get("/api/groups/tw-jianguojie").body()).get("binding").asText())
                .isEqualTo("APPCHAT");
        JsonNode entry = audit("?page=1&size=1").get("items").get(0);
        assertThat(entry.get("target").asText()).isEqualTo("tw-jianguojie");
        assertThat(entry.get("detail").asText()).contains("发送方式: WEBHOOK → APPCHAT");

        HttpResponse<String> bad = bot.admin().putJson("/api/groups/tw-jianguojie", "{\"binding\":\"CARRIER_PIGEON\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").asText()).isEqualTo("invalid_input");
        HttpResponse<String> lacking = bot.admin().putJson("/api/groups/tw-jianguojie", "{\"binding\":\"EXTERNAL\"}");
        assertThat(lacking.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(lacking.body()).get("message").asText()).contains("ownerUserId");
        assertThat(JSON.readTree(bot.admin().get("/api/groups/tw-jianguojie").body()).get("binding").asText())
                .isEqualTo("APPCHAT");
    }

    @Test
    void onlyAdministratorsReadTheTrail() throws Exception {
        bot.admin().postJson("/api/staff", "{\"userId\":\"audit.leader\",\"name\":\"钱领导\",\"departmentCode\":\"urban\","
                + "\"role\":\"LEADER\"}");
        bot.admin().postForm("/staff/audit.leader/account", Map.of("username", "audit.leader",
                "password", LEADER_PASSWORD));
        Http leader = Http.at(bot.port()).as("audit.leader", LEADER_PASSWORD);

        HttpResponse<String> api = leader.get("/api/audit");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(api.body()).get("error").asText()).isEqualTo("forbidden");
        assertThat(leader.getHtml("/audit").statusCode()).isEqualTo(403);
        assertThat(bot.admin().getHtml("/audit").body()).contains("操作记录", "创建控制台账号");
    }

    @ParameterizedTest
    @ValueSource(strings = {"?page=0", "?size=0", "?size=201", "?page=-1&size=5", "?page=abc", "?size=ten"})
    void badPagingIs400(String query) throws Exception {
        HttpResponse<String> response = bot.admin().get("/api/audit" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("invalid_input");
    }

    @Test
    void pagesCoverTheWholeTrailOnce() throws Exception {
        for (int i = 0; i < 3; i++) {
            bot.admin().postForm("/rules/categories/license/time-limit", Map.of("days", String.valueOf(10 + i)));
        }
        long total = total();
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= (total + 1) / 2; page++) {
            audit("?page=" + page + "&size=2").get("items")
                    .forEach(e -> seen.add(e.get("at").asText() + e.get("action").asText() + e.get("detail").asText()));
        }
        assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(audit("?page=1&size=1").get("items").get(0).get("detail").asText())
                .isEqualTo("办理时限 (工作日): 11 → 12");
    }

    @Test
    void aCalendarImportAndACatalogueEditAreRecordedWithWhatTheyReplaced() throws Exception {
        assertThat(bot.admin().postForm("/calendar/import", Map.of("year", "2031", "text",
                "元旦: 2031-01-01 放假\n春节: 2031-01-22 至 2031-01-28 放假; 2031-01-19 上班")).statusCode())
                .isEqualTo(302);
        JsonNode calendar = audit("?page=1&size=1").get("items").get(0);
        assertThat(calendar.get("action").asText()).isEqualTo("导入放假安排");
        assertThat(calendar.get("target").asText()).isEqualTo("2031 年");
        assertThat(calendar.get("detail").asText())
                .isEqualTo("替换全年安排: 放假 0 天, 调休上班 0 天 → 放假 8 天, 调休上班 1 天");

        assertThat(bot.admin().postForm("/rules/catalogue/agencies", Map.of("phrase", "审计的城管", "unit", "urban"))
                .statusCode()).isEqualTo(302);
        JsonNode agency = audit("?page=1&size=1").get("items").get(0);
        assertThat(agency.get("action").asText()).isEqualTo("添加单位称呼");
        assertThat(agency.get("detail").asText()).contains("审计的城管");

        long before = total();
        HttpResponse<String> refused = bot.admin().postForm("/calendar/import", Map.of("year", "2031",
                "text", "春节: 2031-02-30 放假"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aResendFromTheOutboxPageIsRecordedAndOneOfNothingIsNot() throws Exception {
        String key = "audit:" + UUID.randomUUID();
        // A group without a webhook key: the post is parked at once with the reason.
        bot.bean(Outbox.class).enqueue(OutboundMessage.markdown(key, new Recipient.Group("tw-taercun"),
                "审计重发 " + key, null));
        bot.bean(OutboxWorker.class).wake();
        Await.until("parked", Duration.ofSeconds(20), () -> "PARKED".equals(bot.db().queryForObject(
                "SELECT status FROM outbox_message WHERE idempotency_key = ?", String.class, key)));
        long id = bot.db().queryForObject("SELECT id FROM outbox_message WHERE idempotency_key = ?", Long.class, key);

        assertThat(bot.admin().postForm("/outbox/" + id + "/resend", Map.of()).statusCode()).isEqualTo(302);
        JsonNode resend = audit("?page=1&size=1").get("items").get(0);
        assertThat(resend.get("action").asText()).isEqualTo("重新发送");
        assertThat(resend.get("target").asText()).isEqualTo("待重发消息 #" + id);
        assertThat(resend.get("detail").asText()).startsWith("重新排队: 群: ");

        long before = total();
        bot.admin().postForm("/outbox/987654321/resend", Map.of());
        assertThat(total()).isEqualTo(before);
    }
}
