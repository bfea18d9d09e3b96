package cn.xuanhua.bot.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value built from the database (the working-day calendar, the intake dictionaries) and rebuilt when it is older
 * than {@code maxAge} or when told it changed: edits made in the database take effect without a rebuild or
 * restart, and the hot path reads a ready-made object instead of querying per message.
 */
public final class Snapshot<T> {
    private final Supplier<T> loader;
    private final Duration maxAge;
    private final Clock clock;
    private volatile T value;
    private volatile Instant loadedAt = Instant.MIN;

    public Snapshot(Supplier<T> loader, Duration maxAge, Clock clock) {
        this.loader = loader;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The current value, reloading it first when it is stale. */
    public T get() {
        T current = value;
        if (current != null && clock.instant().isBefore(loadedAt.plus(maxAge))) {
            return current;
        }
        return reload();
    }

    /** Forgets the value: the next {@link #get()} reloads (after an edit through the console). */
    public void invalidate() {
        loadedAt = Instant.MIN;
    }

    private synchronized T reload() {
        if (value != null && clock.instant().isBefore(loadedAt.plus(maxAge))) {
            return value;
        }
        T fresh = loader.get();
        value = fresh;
        loadedAt = clock.instant();
        return fresh;
    }
}
