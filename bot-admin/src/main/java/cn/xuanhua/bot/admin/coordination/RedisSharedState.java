package cn.xuanhua.bot.admin.coordination;

import cn.xuanhua.bot.core.coordination.SharedState;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * {@link SharedState} on Redis (Spring Data Redis over Jedis), so that every instance of the bot sees the same
 * locks, de-duplication marks, rate counters and tokens. Compound operations run as Lua scripts to stay atomic.
 */
public class RedisSharedState implements SharedState {
    private static final RedisScript<Long> DELETE_IF_EQUALS = new DefaultRedisScript<>(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);
    private static final RedisScript<Long> EXTEND_IF_EQUALS = new DefaultRedisScript<>(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) "
                    + "else return 0 end",
            Long.class);
    private static final RedisScript<Long> INCREMENT_IN_WINDOW = new DefaultRedisScript<>(
            "local n = redis.call('incr', KEYS[1]) "
                    + "if n == 1 or redis.call('pttl', KEYS[1]) < 0 then redis.call('pexpire', KEYS[1], ARGV[1]) end "
                    + "return n",
            Long.class);

    /**
     * A sliding log in a sorted set scored by Redis's own clock (TIME), so instances with skewed clocks agree: drop
     * what left the window, then take a use if fewer than the limit remain, else say when the oldest leaves.
     */
    private static final RedisScript<Long> ACQUIRE_SLIDING = new DefaultRedisScript<>(
            "local t = redis.call('time') "
                    + "local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) "
                    + "local window = tonumber(ARGV[1]) "
                    + "redis.call('zremrangebyscore', KEYS[1], '-inf', now - window) "
                    + "if redis.call('zcard', KEYS[1]) < tonumber(ARGV[2]) then "
                    + "  redis.call('zadd', KEYS[1], now, ARGV[3]) "
                    + "  redis.call('pexpire', KEYS[1], window) "
                    + "  return 0 "
                    + "end "
                    + "local oldest = redis.call('zrange', KEYS[1], 0, 0, 'WITHSCORES') "
                    + "return math.max(1, tonumber(oldest[2]) + window - now)",
            Long.class);
    /** Drops the events before the window, adds this one (a unique member), counts, and lets an idle key expire. */
    private static final RedisScript<Long> RECORD_IN_WINDOW = new DefaultRedisScript<>(
            "redis.call('zremrangebyscore', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2])) "
                    + "redis.call('zadd', KEYS[1], ARGV[1], ARGV[3]) "
                    + "redis.call('pexpire', KEYS[1], ARGV[2]) "
                    + "return redis.call('zcard', KEYS[1])",
            Long.class);

    private final StringRedisTemplate redis;
    private final String namespace;

    public RedisSharedState(StringRedisTemplate redis, String namespace) {
        this.redis = redis;
        this.namespace = namespace;
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(k(key), value, ttl));
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        redis.opsForValue().set(k(key), value, ttl);
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(redis.opsForValue().get(k(key)));
    }

    @Override
    public Optional<Duration> timeToLive(String key) {
        Long millis = redis.getExpire(k(key), TimeUnit.MILLISECONDS);
        return millis == null || millis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
    }

    @Override
    public boolean deleteIfEquals(String key, String expected) {
        Long n = redis.execute(DELETE_IF_EQUALS, List.of(k(key)), expected);
        return n != null && n > 0;
    }

    @Override
    public boolean extendIfEquals(String key, String expected, Duration ttl) {
        Long n = redis.execute(EXTEND_IF_EQUALS, List.of(k(key)), expected, Long.toString(ttl.toMillis()));
        return n != null && n > 0;
    }

    @Override
    public void delete(String key) {
        redis.delete(k(key));
    }

    @Override
    public long incrementInWindow(String key, Duration window) {
        Long n = redis.execute(INCREMENT_IN_WINDOW, List.of(k(key)), Long.toString(window.toMillis()));
        return n == null ? 0 : n;
    }

    @Override
    public Duration acquireSliding(String key, int limit, Duration window) {
        Long wait = redis.execute(ACQUIRE_SLIDING, List.of(k(key)), Long.toString(window.toMillis()),
                Integer.toString(limit), UUID.randomUUID().toString());
        return wait == null || wait <= 0 ? Duration.ZERO : Duration.ofMillis(wait);
    }

    @Override
    public long recordInWindow(String key, Instant at, Duration window) {
        Long n = redis.execute(RECORD_IN_WINDOW, List.of(k(key)), Long.toString(at.toEpochMilli()),
                Long.toString(window.toMillis()), at.toEpochMilli() + ":" + UUID.randomUUID());
        return n == null ? 0 : n;
    }

    private String k(String key) {
        return namespace + key;
    }
}
