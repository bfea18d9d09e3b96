package cn.xuanhua.bot.core;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotTest {
    private final AtomicInteger loads = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private final Snapshot<Integer> snapshot = new Snapshot<>(loads::incrementAndGet, Duration.ofMinutes(1), clock);

    @Test
    void loadsOnceAndServesTheSameValueWhileFresh() {
        assertThat(snapshot.get()).isEqualTo(1);
        clock.now = clock.now.plusSeconds(59);
        assertThat(snapshot.get()).isEqualTo(1);
        assertThat(loads.get()).isEqualTo(1);
    }

    @Test
    void reloadsWhenStaleOrInvalidated() {
        snapshot.get();
        clock.now = clock.now.plusSeconds(61);
        assertThat(snapshot.get()).isEqualTo(2);
        snapshot.invalidate();
        assertThat(snapshot.get()).isEqualTo(3);
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-26T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
