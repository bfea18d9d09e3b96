package cn.xuanhua.bot.core.outbound;

import java.time.Duration;

/** What one attempt to send a message gave; the outbox decides from it whether, and when, to try again. */
public sealed interface SendOutcome {

    /** The messenger took the message. */
    record Delivered() implements SendOutcome {
    }

    /**
     * A passing fault (system busy, throttling, a server error, a time-out): try again, not before {@code atLeast}
     * (the messenger's throttling blocks for a minute or more; zero leaves the wait to the outbox's back-off).
     */
    record RetryLater(String reason, Duration atLeast) implements SendOutcome {
    }

    /** Not attempted: the destination's per-minute limit is used up; try again after {@code retryAfter}. */
    record RateLimited(Duration retryAfter) implements SendOutcome {
    }

    /** Refused for a reason retrying cannot fix (a bad key, bad content, a used-up reply address): park it. */
    record Rejected(String reason) implements SendOutcome {
    }
}
