package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.jobs.OutboxWorker;
import cn.xuanhua.bot.admin.persistence.MybatisOutbox;
import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.outbound.Outbox;
import cn.xuanhua.bot.wecom.fake.Delivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox against WeCom's failures: retries, throttling back-off, an outage, parking, rate limits, no secrets in logs. */
@ExtendWith(OutputCaptureExtension.class)
class OutboxDeliveryIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String WEBHOOK = "/cgi-bin/webhook/send";
    private static final String KEY = "outbox-it-secret-key-77";
    private static FakeWeComServer wecom;
    private static BotInstance bot;

    @BeforeAll
    static void start() {
        wecom = new FakeWeComServer();
        bot = BotInstance.start(TestServices.freshMariaDbDatabase("outbox"), TestServices.freshRedisNamespace(),
                wecom.baseUrl(), "--bot.outbox.max-attempts=4");
        assertThat(bot.admin().putJson("/api/groups/tw-shenjing", "{\"chatId\":\"wrShenjing\",\"webhookKey\":\"" + KEY + "\"}")
                .statusCode()).isEqualTo(200);
        assertThat(bot.admin().putJson("/api/groups/tw-guocun", "{\"chatId\":\"wrGuocun\",\"webhookKey\":\"rate-limit-key-0001\"}")
                .statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        bot.close();
        wecom.close();
    }

    @BeforeEach
    void up() {
        wecom.setDown(false);
    }

    private static String post(String group, String text) {
        String key = "it:" + UUID.randomUUID();
        bot.bean(Outbox.class).enqueue(OutboundMessage.markdown(key, new Recipient.Group(group), text, null));
        bot.bean(OutboxWorker.class).wake();
        return key;
    }

    private static long deliveriesWith(String text) {
        return wecom.deliveries().stream().filter(d -> d.kind() == Delivery.Kind.WEBHOOK && d.content().equals(text)).count();
    }

    private static Map<String, Object> row(String key) {
        return bot.db().queryForMap("SELECT status, attempts, next_attempt_at, last_error FROM outbox_message "
                + "WHERE idempotency_key = ?", key);
    }

    @Test
    void retriesSystemBusyAndDeliversOnce(CapturedOutput output) {
        wecom.failNext(WEBHOOK, 2, -1);
        String text = "busy twice then fine " + UUID.randomUUID();
        String key = post("tw-shenjing", text);
        Await.until("delivered", WAIT, () -> deliveriesWith(text) == 1);
        Await.until("marked sent", WAIT, () -> "SENT".equals(row(key).get("status")));
        assertThat(((Number) row(key).get("attempts")).intValue()).isEqualTo(3);
        Await.quietPeriod(Duration.ofSeconds(1));
        assertThat(deliveriesWith(text)).isEqualTo(1);
        assertThat(output.getAll()).as("WxJava logs the failed webhook URL: masked, never with the key")
                .contains("webhook/send?key=***").doesNotContain(KEY).doesNotContain(WeComSecrets.APP_SECRET);
    }

    @Test
    void aRefusedStaffNoticeLeavesNoPhoneOrIdNumberInTheLog(CapturedOutput output) {
        wecom.failNext("/cgi-bin/message/send", 1, 81013);
        String text = "原文: 联系人王老板 13912345678, 身份证 130705198803151239 " + UUID.randomUUID();
        String key = "it:" + UUID.randomUUID();
        bot.bean(Outbox.class).enqueue(OutboundMessage.markdown(key, new Recipient.User("nobody.here"), text, null));
        bot.bean(OutboxWorker.class).wake();
        Await.until("refused and parked", WAIT, () -> "PARKED".equals(row(key).get("status")));
        assertThat(output.getAll()).as("WxJava logs the whole refused request: masked")
                .doesNotContain("13912345678").doesNotContain("130705198803151239");
    }

    @Test
    void backsOffAtLeastAMinuteWhenThrottledAndDeliversLater() {
        wecom.failNext(WEBHOOK, 1, 45009);
        String text = "throttled once " + UUID.randomUUID();
        String key = post("tw-shenjing", text);
        Await.until("first attempt failed", WAIT, () -> ((Number) row(key).get("attempts")).intValue() == 1
                && "PENDING".equals(row(key).get("status")));
        LocalDateTime next = (LocalDateTime) row(key).get("next_attempt_at");
        assertThat(next).isAfter(shanghaiNow().plusSeconds(55));
        assertThat(deliveriesWith(text)).isZero();
        // Let the minute pass: the row becomes due now.
        bot.db().update("UPDATE outbox_message SET next_attempt_at = ? WHERE idempotency_key = ?",
                shanghaiNow().minusSeconds(1), key);
        bot.bean(OutboxWorker.class).wake();
        Await.until("delivered after the pause", WAIT, () -> deliveriesWith(text) == 1);
    }

    @Test
    void keepsPostsWhileWeComIsDownAndDeliversEachOnceAfterwards() {
        wecom.setDown(true);
        String text = "outage " + UUID.randomUUID();
        String key = post("tw-shenjing", text);
        Await.until("two failed attempts", WAIT, () -> ((Number) row(key).get("attempts")).intValue() >= 2);
        wecom.setDown(false);
        Await.until("delivered after recovery", WAIT, () -> deliveriesWith(text) == 1);
        Await.quietPeriod(Duration.ofSeconds(1));
        assertThat(deliveriesWith(text)).isEqualTo(1);
    }

    @Test
    void parksAPostAfterItsLastAttemptAndResendsItOnRequest() {
        wecom.failNext(WEBHOOK, 4, 503);
        String text = "parked " + UUID.randomUUID();
        String key = post("tw-shenjing", text);
        Await.until("parked", WAIT, () -> "PARKED".equals(row(key).get("status")));
        assertThat((String) row(key).get("last_error")).isNotBlank().doesNotContain(KEY);
        long id = bot.db().queryForObject("SELECT id FROM outbox_message WHERE idempotency_key = ?", Long.class, key);
        assertThat(bot.bean(MybatisOutbox.class).resend(id)).isTrue();
        bot.bean(OutboxWorker.class).wake();
        Await.until("delivered after resend", WAIT, () -> deliveriesWith(text) == 1);
    }

    @Test
    void aPostToAGroupWithoutBindingIsParkedWithTheReason() {
        String key = post("tw-taercun", "nowhere to go");
        Await.until("parked", WAIT, () -> "PARKED".equals(row(key).get("status")));
        assertThat((String) row(key).get("last_error")).contains("webhook key");
    }

    @Test
    void sendsAtMostTwentyAMinuteToOneRobotAndQueuesTheRest() {
        String batch = "rate " + UUID.randomUUID() + " #";
        for (int i = 0; i < 25; i++) {
            post("tw-guocun", batch + i);
        }
        Await.until("twenty delivered", WAIT, () -> wecom.deliveries().stream()
                .filter(d -> d.content().startsWith(batch)).count() == 20);
        Await.quietPeriod(Duration.ofSeconds(2));
        assertThat(wecom.deliveries().stream().filter(d -> d.content().startsWith(batch)).count()).isEqualTo(20);
        assertThat(bot.db().queryForObject("SELECT COUNT(*) FROM outbox_message WHERE content LIKE ? AND status = 'PENDING'",
                Integer.class, batch + "%")).isEqualTo(5);
        // The first post over the limit waits for the minute to end; the others wait behind it, in order.
        assertThat(bot.db().queryForObject("SELECT COUNT(*) FROM outbox_message WHERE content LIKE ? AND status = 'PENDING' "
                + "AND next_attempt_at > ?", Integer.class, batch + "%", shanghaiNow())).isEqualTo(1);
        assertThat(wecom.deliveries().stream().filter(d -> d.content().startsWith(batch)).map(Delivery::content))
                .as("delivered in the order queued").isSortedAccordingTo(java.util.Comparator.comparingInt(
                        c -> Integer.parseInt(c.substring(c.indexOf('#') + 1))));
    }

    /** Stored times are local Asia/Shanghai times; parameters are passed as LocalDateTime, unconverted. */
    private static LocalDateTime shanghaiNow() {
        return LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    /** The app secret the instances run with, which must never be printed either. */
    private static final class WeComSecrets {
        static final String APP_SECRET = cn.xuanhua.bot.admin.support.WeComDriver.APP_SECRET;
    }
}
