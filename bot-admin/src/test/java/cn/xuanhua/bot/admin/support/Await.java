package cn.xuanhua.bot.admin.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting for asynchronous effects (workers, outbox) without fixed sleeps: poll until true or fail. */
public final class Await {
    private Await() {
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            pause(50);
        }
        throw new AssertionError("timed out after " + timeout + " waiting for: " + what);
    }

    public static <T> T value(String what, Duration timeout, Supplier<T> probe) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            T v = probe.get();
            if (v != null) {
                return v;
            }
            pause(50);
        }
        throw new AssertionError("timed out after " + timeout + " waiting for: " + what);
    }

    /** Lets background work that should NOT happen have its chance, before asserting it did not. */
    public static void quietPeriod(Duration d) {
        pause(d.toMillis());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
