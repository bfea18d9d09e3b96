package cn.xuanhua.bot.admin.coordination;

import cn.xuanhua.bot.core.coordination.SharedState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded default's stand-in for Redis: the same {@link SharedState} semantics (atomic set-if-absent,
 * expiry, window counters) in this JVM's memory. Right for one instance; production uses {@link RedisSharedState}.
 */
public class InMemorySharedState implements SharedState {
    private record Entry(String value, Instant expiresAt) {
        boolean expired(Instant now) {
            return expiresAt != null && !now.isBefore(expiresAt);
        }
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ArrayDeque<Instant>> slidingLogs = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Deque<Instant>> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemorySharedState(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        Instant now = clock.instant();
        Entry fresh = new Entry(value, now.plus(ttl));
        boolean[] set = {false};
        entries.compute(key, (k, old) -> {
            if (old == null || old.expired(now)) {
                set[0] = true;
                return fresh;
            }
            return old;
        });
        return set[0];
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        entries.put(key, new Entry(value, clock.instant().plus(ttl)));
    }

    @Override
    public Optional<String> get(String key) {
        return live(key).map(Entry::value);
    }

    @Override
    public Optional<Duration> timeToLive(String key) {
        return live(key).filter(e -> e.expiresAt() != null)
                .map(e -> Duration.between(clock.instant(), e.expiresAt()));
    }

    @Override
    public boolean deleteIfEquals(String key, String expected) {
        boolean[] deleted = {false};
        entries.computeIfPresent(key, (k, e) -> {
            if (e.value().equals(expected)) {
                deleted[0] = true;
                return null;
            }
            return e;
        });
        return deleted[0];
    }

    @Override
    public boolean extendIfEquals(String key, String expected, Duration ttl) {
        Instant now = clock.instant();
        boolean[] extended = {false};
        entries.computeIfPresent(key, (k, e) -> {
            if (e.expired(now) || !e.value().equals(expected)) {
                return e;
            }
            extended[0] = true;
            return new Entry(e.value(), now.plus(ttl));
        });
        return extended[0];
    }

    @Override
    public void delete(String key) {
        entries.remove(key);
        windows.remove(key);
    }

    @Override
    public long incrementInWindow(String key, Duration window) {
        Instant now = clock.instant();
        Entry next = entries.compute(key, (k, old) -> old == null || old.expired(now)
                ? new Entry("1", now.plus(window))
                : new Entry(Long.toString(Long.parseLong(old.value()) + 1), old.expiresAt()));
        return Long.parseLong(next.value());
    }

    @Override
    public Duration acquireSliding(String key, int limit, Duration window) {
        Instant now = clock.instant();
        ArrayDeque<Instant> uses = slidingLogs.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (uses) {
            while (!uses.isEmpty() && !uses.peekFirst().isAfter(now.minus(window))) {
                uses.pollFirst();
            }
            if (uses.size() < limit) {
                uses.addLast(now);
                return Duration.ZERO;
            }
            return Duration.between(now, uses.peekFirst().plus(window));
        }
    }

    @Override
    public long recordInWindow(String key, Instant at, Duration window) {
        Instant from = at.minus(window);
        int[] count = {0};
        // compute() keeps each key's record-and-count atomic, as the Redis script is.
        windows.compute(key, (k, old) -> {
            Deque<Instant> kept = old == null ? new ArrayDeque<>() : old;
            kept.removeIf(e -> !e.isAfter(from));
            kept.addLast(at);
            count[0] = kept.size();
            return kept;
        });
        return count[0];
    }

    private Optional<Entry> live(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (e.expired(clock.instant())) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e);
    }
}
