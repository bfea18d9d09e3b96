package cn.xuanhua.bot.admin.jobs;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gives WeCom's callbacks the cores first when the server is saturated (docs/architecture.md, "Callbacks first").
 * A callback only stores the message, and WeCom resends one that is not answered within five seconds; the work behind
 * it (appeals, posts) is queued and loses nothing by waiting a moment. So while callbacks are arriving back to back,
 * the background workers step back: one thread per queue keeps working, at most half its time, and the others wait
 * until the callbacks pause. At a district's real load callbacks are seldom in flight and nothing waits.
 */
public final class CallbackPriority {
    /** Never busy: the workers run flat out (tests, tools, a deployment without callbacks). */
    public static final CallbackPriority NONE = new CallbackPriority(false);

    /** Callbacks closer together than this count as one busy stretch. */
    private static final long QUIET_AFTER_NANOS = 20_000_000L;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong lastFinishedNanos;
    private final boolean enabled;

    public CallbackPriority() {
        this(true);
    }

    private CallbackPriority(boolean enabled) {
        this.enabled = enabled;
        this.lastFinishedNanos = new AtomicLong(System.nanoTime() - 2 * QUIET_AFTER_NANOS);
    }

    /** A callback has arrived; pair with {@link #finished()} in a finally block. */
    public void started() {
        if (enabled) {
            inFlight.incrementAndGet();
        }
    }

    public void finished() {
        if (enabled) {
            inFlight.decrementAndGet();
            lastFinishedNanos.set(System.nanoTime());
        }
    }

    /** True while a callback is being handled or one finished within the last 20 ms. */
    public boolean busy() {
        return enabled && (inFlight.get() > 0 || System.nanoTime() - lastFinishedNanos.get() < QUIET_AFTER_NANOS);
    }
}
