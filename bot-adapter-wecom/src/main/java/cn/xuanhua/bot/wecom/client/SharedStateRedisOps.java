package cn.xuanhua.bot.wecom.client;

import cn.xuanhua.bot.core.coordination.SharedState;
import me.chanjar.weixin.common.redis.WxRedisOps;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * WxJava's {@link WxRedisOps} on the bot's {@link SharedState}: Redis through Spring's Jedis client in production,
 * the in-process stand-in in the embedded default. (WxJava's own {@code WxCpJedisConfigImpl} breaks on Jedis 4+.)
 * Locks are {@code SET NX PX} with an owner token and a time-out, so a crashed holder frees the lock by itself.
 */
public class SharedStateRedisOps implements WxRedisOps {
    private static final Duration LOCK_TTL = Duration.ofSeconds(30);
    private static final long LOCK_POLL_MILLIS = 50;
    private final SharedState state;

    public SharedStateRedisOps(SharedState state) {
        this.state = state;
    }

    @Override
    public String getValue(String key) {
        return state.get(key).orElse(null);
    }

    @Override
    public void setValue(String key, String value, int expire, TimeUnit timeUnit) {
        state.put(key, value, Duration.ofMillis(timeUnit.toMillis(expire)));
    }

    @Override
    public Long getExpire(String key) {
        return state.timeToLive(key).map(Duration::toSeconds).orElse(null);
    }

    @Override
    public void expire(String key, int expire, TimeUnit timeUnit) {
        if (expire <= 0) {
            state.delete(key);
            return;
        }
        state.get(key).ifPresent(v -> state.put(key, v, Duration.ofMillis(timeUnit.toMillis(expire))));
    }

    @Override
    public Lock getLock(String key) {
        return new SharedLock(key);
    }

    /** One holder's view of a shared lock; lock and unlock are called on the same instance by WxJava. */
    private final class SharedLock implements Lock {
        private final String key;
        private final String owner = UUID.randomUUID().toString();

        SharedLock(String key) {
            this.key = key;
        }

        @Override
        public void lock() {
            try {
                lockInterruptibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + key, e);
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            while (!tryLock()) {
                Thread.sleep(LOCK_POLL_MILLIS);
            }
        }

        @Override
        public boolean tryLock() {
            return state.putIfAbsent(key, owner, LOCK_TTL);
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(time);
            while (!tryLock()) {
                if (System.nanoTime() >= deadline) {
                    return false;
                }
                Thread.sleep(LOCK_POLL_MILLIS);
            }
            return true;
        }

        @Override
        public void unlock() {
            state.deleteIfEquals(key, owner);
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("shared locks have no conditions");
        }
    }
}
