package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.admin.support.WeComDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replayed callbacks on the prod profile: correctly signed messages whose timestamp is more than 10 minutes from the
 * system clock (or not a number) are refused with 403 and stored nowhere, on both callbacks. The bot's own clock is
 * set 30 days ahead ({@code bot.clock.offset}) to show that the check reads the system clock, as WeCom's stamps do.
 */
class ReplayIT {
    private static final String LONG_AGO = Long.toString(ZonedDateTime.parse("2020-01-01T00:00:00+08:00").toEpochSecond());
    private static final String TEN_YEARS_AHEAD = Long.toString(ZonedDateTime.now().plusYears(10).toEpochSecond());
    private static BotInstance bot;
    private static WeComDriver driver;

    @BeforeAll
    static void start() {
        bot = BotInstance.start(TestServices.freshMariaDbDatabase("replay"), TestServices.freshRedisNamespace(),
                "http://127.0.0.1:9", "--bot.clock.offset=P30D", "--bot.workers.inbox-threads=0");
        driver = new WeComDriver(bot.port(), "http://127.0.0.1:9");
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static int stored(String messageId) {
        return bot.db().queryForObject("SELECT COUNT(*) FROM inbox_message WHERE message_id = ?", Integer.class,
                messageId);
    }

    private static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    @Test
    void theAiBotCallbackRefusesTimestampsFarFromNowAndStoresNothing() {
        for (String stamp : new String[]{LONG_AGO, TEN_YEARS_AHEAD, "abc"}) {
            String msgId = "replay-" + UUID.randomUUID();
            var answer = driver.groupMessageStamped(stamp, msgId, "wrReplayIT", "zhang.boss", "路灯坏了三天了");
            assertThat(answer.statusCode()).as("timestamp '%s'", stamp).isEqualTo(403);
            assertThat(stored("aibot:" + msgId)).as("timestamp '%s'", stamp).isZero();
        }
        String msgId = "fresh-" + UUID.randomUUID();
        assertThat(driver.groupMessageStamped(now(), msgId, "wrReplayIT", "zhang.boss", "路灯坏了三天了").statusCode())
                .isEqualTo(200);
        assertThat(stored("aibot:" + msgId)).isEqualTo(1);
    }

    @Test
    void theAppCallbackRefusesTimestampsFarFromNowAndStoresNothing() {
        long base = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        String[] stamps = {LONG_AGO, TEN_YEARS_AHEAD, "abc"};
        for (int i = 0; i < stamps.length; i++) {
            var answer = driver.appMessageStamped(stamps[i], base + i, "ng.clerk", "受理 0001");
            assertThat(answer.statusCode()).as("timestamp '%s'", stamps[i]).isEqualTo(403);
            assertThat(stored("app:" + (base + i))).as("timestamp '%s'", stamps[i]).isZero();
        }
        assertThat(driver.appMessageStamped(now(), base + 99, "ng.clerk", "受理 0001").statusCode()).isEqualTo(200);
        assertThat(stored("app:" + (base + 99))).isEqualTo(1);
    }
}
