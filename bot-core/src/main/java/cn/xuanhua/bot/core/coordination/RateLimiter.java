package cn.xuanhua.bot.core.coordination;

import cn.xuanhua.bot.core.port.SharedState;

import java.time.Duration;

/**
 * Per-key rate limits shared by all instances (e.g. 20 posts a minute per webhook key), as fixed-window
 * counters in {@link SharedState}. A refused caller keeps its message queued and tries again later.
 */
public final class RateLimiter {
    private static final String PREFIX = "rate:";
    private final SharedState state;

    public RateLimiter(SharedState state) {
        this.state = state;
    }

    /** Counts one use of {@code key}; true when it is within {@code limit} uses per {@code window}. */
    public boolean tryAcquire(String key, int limit, Duration window) {
        return state.incrementInWindow(PREFIX + key, window) <= limit;
    }

    /** How long until the current window of {@code key} ends (zero when none is open). */
    public Duration untilNextWindow(String key) {
        return state.timeToLive(PREFIX + key).orElse(Duration.ZERO);
    }
}
