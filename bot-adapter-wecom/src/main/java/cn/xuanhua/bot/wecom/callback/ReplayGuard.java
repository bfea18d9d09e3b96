package cn.xuanhua.bot.wecom.callback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Refuses a callback whose signed {@code timestamp} is far from now: a message captured on the wire (or from a log)
 * stays correctly signed forever, and without this check it could be posted again at any later time. WeCom stamps
 * each delivery when it sends it, retries included, so a real delivery is never more than a few seconds old.
 *
 * <p>The clock is the system's, not the bot's: {@code bot.clock.offset} moves the bot's days for drills and tests,
 * while WeCom's timestamps stay real time.
 */
public final class ReplayGuard {
    /** How far a timestamp may be from now, either way (a server clock may run a little fast or slow). */
    public static final Duration MAX_SKEW = Duration.ofMinutes(10);

    private final Clock systemClock;

    public ReplayGuard(Clock systemClock) {
        this.systemClock = systemClock;
    }

    /** @throws CallbackRejected 403 when {@code timestamp} is missing, not a number, or more than 10 minutes off */
    public void check(String timestamp) {
        long seconds = parse(timestamp);
        Instant now = systemClock.instant();
        Instant at = Instant.ofEpochSecond(seconds);
        if (Duration.between(at, now).abs().compareTo(MAX_SKEW) > 0) {
            throw new CallbackRejected(CallbackRejected.Reason.STALE, "timestamp " + seconds + " is more than "
                    + MAX_SKEW.toMinutes() + " minutes from now (" + now.getEpochSecond() + ")");
        }
    }

    private static long parse(String timestamp) {
        // At most 12 digits: Instant.ofEpochSecond would throw on a huge number, and no real timestamp has more.
        if (timestamp == null || timestamp.isEmpty() || timestamp.length() > 12
                || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new CallbackRejected(CallbackRejected.Reason.STALE, "timestamp is not a number of seconds");
        }
        return Long.parseLong(timestamp);
    }
}
