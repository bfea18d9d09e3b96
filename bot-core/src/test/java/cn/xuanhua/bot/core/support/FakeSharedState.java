package cn.xuanhua.bot.core.support;

import cn.xuanhua.bot.core.coordination.SharedState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Shared state in memory for core tests: atomic like Redis, keys never expire (tests are shorter than any TTL). */
public final class FakeSharedState implements SharedState {
    private final ConcurrentMap<String, String> values = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, List<Instant>> windows = new ConcurrentHashMap<>();

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        return values.putIfAbsent(key, value) == null;
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        values.put(key, value);
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public Optional<Duration> timeToLive(String key) {
        return Optional.empty();
    }

    @Override
    public boolean deleteIfEquals(String key, String expected) {
        return values.remove(key, expected);
    }

    @Override
    public boolean extendIfEquals(String key, String expected, Duration ttl) {
        return expected.equals(values.get(key));
    }

    @Override
    public void delete(String key) {
        values.remove(key);
        windows.remove(key);
    }

    /** No clock here: a use is taken until the limit is reached, then refused for the whole window. */
    @Override
    public Duration acquireSliding(String key, int limit, Duration window) {
        return incrementInWindow("sliding:" + key, window) <= limit ? Duration.ZERO : window;
    }

    @Override
    public long incrementInWindow(String key, Duration window) {
        return Long.parseLong(values.merge(key, "1", (a, b) -> String.valueOf(Long.parseLong(a) + 1)));
    }

    @Override
    public long recordInWindow(String key, Instant at, Duration window) {
        List<Instant> events = windows.compute(key, (k, old) -> {
            List<Instant> kept = new ArrayList<>(old == null ? List.of() : old);
            kept.removeIf(e -> !e.isAfter(at.minus(window)));
            kept.add(at);
            return kept;
        });
        return events.size();
    }
}
