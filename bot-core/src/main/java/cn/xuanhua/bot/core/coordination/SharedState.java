package cn.xuanhua.bot.core.coordination;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Small key-value state shared by every instance of the bot: de-duplication marks, locks, rate-limit
 * counters and cached tokens. Redis implements it in production so that several instances agree; the
 * embedded default uses an in-process stand-in with the same semantics. Keys expire after their TTL.
 */
public interface SharedState {

    /** Sets {@code key} only if it is absent (Redis {@code SET NX PX}); true when this call set it. */
    boolean putIfAbsent(String key, String value, Duration ttl);

    /** Sets {@code key}, replacing any value, with a TTL. */
    void put(String key, String value, Duration ttl);

    Optional<String> get(String key);

    /** Time left before {@code key} expires; empty when the key is absent or never expires. */
    Optional<Duration> timeToLive(String key);

    /** Deletes {@code key} only when it still holds {@code expected}: releasing a lock one still owns. */
    boolean deleteIfEquals(String key, String expected);

    /**
     * Gives {@code key} a fresh TTL only when it still holds {@code expected}: renewing a lock one still owns, never
     * one that expired and was taken by someone else. True when renewed.
     */
    boolean extendIfEquals(String key, String expected, Duration ttl);

    void delete(String key);

    /**
     * Adds one to the counter {@code key}, creating it with the given window as TTL when absent, and returns
     * the new count: a fixed-window rate counter.
     */
    long incrementInWindow(String key, Duration window);

    /**
     * Takes one of {@code limit} uses of {@code key} in any {@code window}, a sliding one (a log of the uses, not a
     * counter that resets): at most {@code limit} uses ever fall within one window's length, however they are
     * spread. Every instance shares the log.
     *
     * @return zero when the use was taken; otherwise how long until the oldest use leaves the window
     */
    Duration acquireSliding(String key, int limit, Duration window);

    /**
     * Records an event at {@code at} under {@code key} and returns how many of the key's events fall within
     * {@code window} up to {@code at}, this one included: a sliding-window count ("10 failures within any 15
     * minutes"). The time is the caller's (its injected clock), not the store's; the key goes once a window has
     * passed without an event.
     */
    long recordInWindow(String key, Instant at, Duration window);
}
