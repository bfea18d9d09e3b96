package cn.xuanhua.bot.wecom.callback;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayGuardTest {
    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private final ReplayGuard guard = new ReplayGuard(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsTimestampsUpToTenMinutesEitherSideOfNow() {
        for (long offset : new long[]{0, 600, -600, 59, -59}) {
            assertThatCode(() -> guard.check(Long.toString(NOW.getEpochSecond() + offset))).doesNotThrowAnyException();
        }
    }

    @Test
    void refusesTimestampsFurtherAwayMissingOrNotDigitsAs403() {
        for (String stamp : new String[]{Long.toString(NOW.getEpochSecond() + 601),
                Long.toString(NOW.getEpochSecond() - 601), "0", "abc", "", null, "1e9", " 1795000000",
                "-1795000000", "9".repeat(30)}) {
            assertThatThrownBy(() -> guard.check(stamp)).as("timestamp '%s'", stamp)
                    .isInstanceOfSatisfying(CallbackRejected.class,
                            e -> org.assertj.core.api.Assertions.assertThat(e.reason().status()).isEqualTo(403));
        }
    }
}
