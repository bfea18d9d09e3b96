package cn.xuanhua.bot.core.coordination;


import java.time.Duration;

/**
 * Per-key rate limits shared by all instances (at most 20 posts to a group in any minute, 10 notices to a person),
 * as sliding logs in {@link SharedState}: a fixed window would let twice the limit through across its edge. A
 * refused caller keeps its message queued and tries again when told.
 */
public final class RateLimiter {
    private static final String PREFIX = "rate:";
    private final SharedState state;

    public RateLimiter(SharedState state) {
        this.state = state;
    }

    /**
     * Takes one use of {@code key} if fewer than {@code limit} fell in the last {@code window}.
     *
     * @return zero when taken; otherwise how long to wait before trying again
     */
    public Duration acquire(String key, int limit, Duration window) {
        return state.acquireSliding(PREFIX + key, limit, window);
    }

    /** Counts one use of {@code key} in a fixed window; true when it is within {@code limit} uses per {@code window}. */
    public boolean tryAcquire(String key, int limit, Duration window) {
        return state.incrementInWindow(PREFIX + key, window) <= limit;
    }

    /** How long until the current window of {@code key} ends (zero when none is open). */
    public Duration untilNextWindow(String key) {
        return state.timeToLive(PREFIX + key).orElse(Duration.ZERO);
    }
}
