package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.jobs.OutboxWorker;
import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.outbound.Outbox;
import cn.xuanhua.bot.wecom.fake.Delivery;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's pages on the prod profile: a year's holiday arrangement imported from a paste (all or nothing,
 * used at once for due dates), rule edits that intake uses for the very next message, group bindings, and the
 * resend of a parked post.
 */
class ConsoleAdminIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String SPRING_2027 = "春节: 2027-02-06 至 2027-02-13 放假; 2027-02-14, 2027-02-20 上班";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeWeComServer wecom;
    private static BotInstance bot;

    @BeforeAll
    static void start() {
        wecom = new FakeWeComServer();
        bot = BotInstance.start(TestServices.freshMariaDbDatabase("console_admin"), TestServices.freshRedisNamespace(),
                wecom.baseUrl());
    }

    @AfterAll
    static void stop() {
        bot.close();
        wecom.close();
    }

    private static JsonNode preview(String text, String sentAt) throws Exception {
        HttpResponse<String> r = bot.admin().postJson("/api/appeals/preview", "{\"text\":\"" + text
                + "\",\"groupCode\":\"tw-nanguan\",\"sentAt\":\"" + sentAt + "\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static List<Map<String, Object>> days(int year) {
        return bot.db().queryForList("SELECT calendar_date, day_type FROM calendar_day WHERE YEAR(calendar_date) = ? "
                + "ORDER BY calendar_date", year);
    }

    private static HttpResponse<String> importYear(int year, String text) {
        return bot.admin().postForm("/calendar/import", Map.of("year", String.valueOf(year), "text", text));
    }

    @Test
    void importingAYearReplacesItsDaysAndDueDatesUseThemAtOnce() throws Exception {
        String text = "营业执照的地址变更怎么办理,麻烦帮忙看一下";
        assertThat(preview(text, "2027-02-03T10:00:00+08:00").get("dueAt").asText()).startsWith("2027-02-10");

        assertThat(importYear(2027, "元旦: 2027-01-01 放假\n" + SPRING_2027).statusCode()).isEqualTo(302);
        assertThat(days(2027)).hasSize(11);
        assertThat(bot.db().queryForObject("SELECT COUNT(*) FROM calendar_year WHERE year_number = 2027", Integer.class))
                .isEqualTo(1);
        // Feb 4, 5, the make-up Sunday 14th, 15, 16: five working days after the 3rd.
        assertThat(preview(text, "2027-02-03T10:00:00+08:00").get("dueAt").asText()).startsWith("2027-02-16");

        assertThat(importYear(2027, SPRING_2027).statusCode()).isEqualTo(302);
        assertThat(days(2027)).hasSize(10).noneMatch(d -> d.get("calendar_date").toString().startsWith("2027-01-01"));
    }

    @Test
    void aBadPasteIsShownWithItsProblemsAndChangesNothing() {
        List<Map<String, Object>> before = days(2026);

        HttpResponse<String> refused = importYear(2026, "元旦: 2026-01-01 至 2026-01-03 放假\n春节: 2026-02-30 放假");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("第2行", "不是有效的日期", "2026-02-30");
        assertThat(days(2026)).isEqualTo(before).isNotEmpty();
    }

    @Test
    void ruleEditsTakeEffectInThePreviewAtOnce() throws Exception {
        String text = "我们厂的旋压机一直漏油,麻烦帮忙处理一下";
        String at = "2026-11-26T10:00:00+08:00";
        assertThat(preview(text, at).get("categoryCode").asText()).isEqualTo("other");

        bot.admin().postForm("/rules/keywords", Map.of("category", "market", "keyword", "旋压机", "weight", "8"));
        assertThat(preview(text, at).get("categoryCode").asText()).isEqualTo("market");

        bot.admin().postForm("/rules/categories/market/time-limit", Map.of("days", "2"));
        assertThat(preview(text, at).get("dueAt").asText()).startsWith("2026-11-30");

        bot.admin().postForm("/rules/routing", Map.of("category", "market", "groupCode", "tw-nanguan",
                "departmentCode", "office-nanguan", "priority", "10", "note", "南关的市场监管事项先由街道办"));
        assertThat(preview(text, at).get("departmentCode").asText()).isEqualTo("office-nanguan");
        long rule = bot.db().queryForObject("SELECT id FROM routing_rule WHERE group_code = 'tw-nanguan'", Long.class);
        bot.admin().postForm("/rules/routing/" + rule + "/delete", Map.of());
        assertThat(preview(text, at).get("departmentCode").asText()).isNotEqualTo("office-nanguan");
        assertThat(bot.admin().getHtml("/rules?category=market").body()).contains("旋压机");
    }

    @Test
    void aParkedPostIsListedAndResentAfterTheGroupIsBoundInTheConsole() {
        String key = "it:" + UUID.randomUUID();
        String text = "console resend " + key;
        bot.bean(Outbox.class).enqueue(OutboundMessage.markdown(key, new Recipient.Group("tw-taercun"), text, null));
        bot.bean(OutboxWorker.class).wake();
        Await.until("parked", WAIT, () -> "PARKED".equals(bot.db().queryForObject(
                "SELECT status FROM outbox_message WHERE idempotency_key = ?", String.class, key)));
        long id = bot.db().queryForObject("SELECT id FROM outbox_message WHERE idempotency_key = ?", Long.class, key);
        assertThat(bot.admin().getHtml("/outbox").body()).contains("parked-" + id, "webhook key");

        String webhookKey = "taercun-robot-key-0042";
        assertThat(bot.admin().postForm("/groups/tw-taercun", Map.of("chatId", "wrTaercun", "webhookKey", webhookKey,
                "ownerUserId", "tc.owner")).statusCode()).isEqualTo(302);
        String groups = bot.admin().getHtml("/groups").body();
        assertThat(groups).contains("ta******42").doesNotContain(webhookKey);
        assertThat(bot.admin().postForm("/outbox/" + id + "/resend", Map.of()).statusCode()).isEqualTo(302);

        wecom.awaitDelivery(d -> d.kind() == Delivery.Kind.WEBHOOK && d.target().equals(webhookKey)
                && d.content().equals(text), WAIT);
        assertThat(bot.admin().getHtml("/outbox").body()).doesNotContain("parked-" + id);
    }

    @Test
    void aMalformedBindingIsRefusedOnThePageLikeInTheApi() {
        bot.admin().postForm("/groups/tw-shenjing", Map.of("chatId", "bad chat id!"));
        assertThat(bot.db().queryForObject("SELECT chat_id FROM bot_group WHERE code = 'tw-shenjing'", String.class))
                .isNull();
    }
}
