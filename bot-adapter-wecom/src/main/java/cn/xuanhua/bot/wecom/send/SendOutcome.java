package cn.xuanhua.bot.wecom.send;

import java.time.Duration;

/** What one attempt to send gave. */
public sealed interface SendOutcome {

    /** WeCom took the message. */
    record Delivered() implements SendOutcome {
    }

    /**
     * A passing fault (system busy, throttling, 5xx, time-out): try again, not before {@code atLeast}.
     * {@code throttled} marks WeCom's frequency limits (45009, 45033, 130101).
     */
    record RetryLater(Duration atLeast, boolean throttled, String reason) implements SendOutcome {
    }

    /** Not attempted: the destination's per-minute limit is used up; try again after {@code retryAfter}. */
    record RateLimited(Duration retryAfter) implements SendOutcome {
    }

    /** WeCom refused the message for a reason retrying cannot fix (bad key, bad content): park it. */
    record Rejected(String reason) implements SendOutcome {
    }
}
