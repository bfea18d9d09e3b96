package cn.xuanhua.bot.core;

import cn.xuanhua.bot.core.support.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotTest {
    private final AtomicInteger loads = new AtomicInteger();
    private final MutableClock clock = new MutableClock();
    private final Snapshot<Integer> snapshot = new Snapshot<>(loads::incrementAndGet, Duration.ofMinutes(1), clock);

    @Test
    void loadsOnceAndServesTheSameValueWhileFresh() {
        assertThat(snapshot.get()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(59));
        assertThat(snapshot.get()).isEqualTo(1);
        assertThat(loads.get()).isEqualTo(1);
    }

    @Test
    void reloadsWhenStaleOrInvalidated() {
        snapshot.get();
        clock.advance(Duration.ofSeconds(61));
        assertThat(snapshot.get()).isEqualTo(2);
        snapshot.invalidate();
        assertThat(snapshot.get()).isEqualTo(3);
    }
}
