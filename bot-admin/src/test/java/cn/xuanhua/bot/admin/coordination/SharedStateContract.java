package cn.xuanhua.bot.admin.coordination;

import cn.xuanhua.bot.core.coordination.Locks;
import cn.xuanhua.bot.core.coordination.RateLimiter;
import cn.xuanhua.bot.core.coordination.SharedState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link SharedState} must do; run against the in-process stand-in and against Redis. */
abstract class SharedStateContract {

    protected abstract SharedState state();

    private String key() {
        return "k-" + UUID.randomUUID();
    }

    @Test
    void putIfAbsentSetsOnlyTheFirstTime() {
        String k = key();
        assertThat(state().putIfAbsent(k, "a", Duration.ofMinutes(1))).isTrue();
        assertThat(state().putIfAbsent(k, "b", Duration.ofMinutes(1))).isFalse();
        assertThat(state().get(k)).contains("a");
    }

    @Test
    void deleteIfEqualsReleasesOnlyWhatOneStillHolds() {
        String k = key();
        state().put(k, "mine", Duration.ofMinutes(1));
        assertThat(state().deleteIfEquals(k, "theirs")).isFalse();
        assertThat(state().get(k)).contains("mine");
        assertThat(state().deleteIfEquals(k, "mine")).isTrue();
        assertThat(state().get(k)).isEmpty();
    }

    @Test
    void countsWithinAWindowAndReportsItsRemainingTime() {
        String k = key();
        assertThat(state().incrementInWindow(k, Duration.ofMinutes(1))).isEqualTo(1);
        assertThat(state().incrementInWindow(k, Duration.ofMinutes(1))).isEqualTo(2);
        assertThat(state().timeToLive(k)).hasValueSatisfying(ttl ->
                assertThat(ttl).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
    }

    @Test
    void aSlidingWindowNeverLetsMoreThanTheLimitThroughAndSaysWhenTheNextFrees() {
        String k = key();
        for (int i = 0; i < 3; i++) {
            assertThat(state().acquireSliding(k, 3, Duration.ofMinutes(1))).isZero();
        }
        Duration wait = state().acquireSliding(k, 3, Duration.ofMinutes(1));
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(state().acquireSliding(k, 3, Duration.ofMinutes(1))).as("refused uses are not logged").isPositive();
        assertThat(state().acquireSliding(key(), 3, Duration.ofMinutes(1))).as("another key is apart").isZero();
    }

    @Test
    void countsTheEventsOfASlidingWindowByTheCallersClock() {
        String k = key();
        Instant start = Instant.parse("2026-11-26T02:00:00Z");
        Duration window = Duration.ofMinutes(15);
        assertThat(state().recordInWindow(k, start, window)).isEqualTo(1);
        assertThat(state().recordInWindow(k, start.plus(Duration.ofMinutes(10)), window)).isEqualTo(2);
        assertThat(state().recordInWindow(k, start.plus(Duration.ofMinutes(14)), window)).isEqualTo(3);
        assertThat(state().recordInWindow(k, start.plus(Duration.ofMinutes(16)), window))
                .as("the first event has left the window").isEqualTo(3);
        assertThat(state().recordInWindow(k, start.plus(Duration.ofMinutes(40)), window)).isEqualTo(1);
        state().delete(k);
        assertThat(state().recordInWindow(k, start.plus(Duration.ofMinutes(41)), window)).isEqualTo(1);
    }

    @Test
    void extendIfEqualsRenewsOnlyWhatOneStillHolds() {
        String k = key();
        state().put(k, "mine", Duration.ofSeconds(10));
        assertThat(state().extendIfEquals(k, "theirs", Duration.ofMinutes(5))).isFalse();
        assertThat(state().timeToLive(k)).hasValueSatisfying(ttl -> assertThat(ttl).isLessThanOrEqualTo(Duration.ofSeconds(10)));
        assertThat(state().extendIfEquals(k, "mine", Duration.ofMinutes(5))).isTrue();
        assertThat(state().timeToLive(k)).hasValueSatisfying(ttl -> assertThat(ttl).isGreaterThan(Duration.ofMinutes(4)));
        assertThat(state().extendIfEquals(key(), "mine", Duration.ofMinutes(5))).as("no such key").isFalse();
    }

    @Test
    void aLockIsExclusiveUntilReleased() {
        Locks locks = new Locks(state());
        String name = key();
        var first = locks.tryLock(name, Duration.ofMinutes(1));
        assertThat(first).isPresent();
        assertThat(locks.tryLock(name, Duration.ofMinutes(1))).isEmpty();
        first.get().close();
        assertThat(locks.tryLock(name, Duration.ofMinutes(1))).isPresent();
    }

    @Test
    void theRateLimiterRefusesTheTwentyFirstPostInAMinute() {
        RateLimiter limiter = new RateLimiter(state());
        String webhook = key();
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.tryAcquire(webhook, 20, Duration.ofMinutes(1))).isTrue();
        }
        assertThat(limiter.tryAcquire(webhook, 20, Duration.ofMinutes(1))).isFalse();
        assertThat(limiter.untilNextWindow(webhook)).isPositive();
    }
}
