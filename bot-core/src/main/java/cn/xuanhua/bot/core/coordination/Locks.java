package cn.xuanhua.bot.core.coordination;


import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Named locks shared by all instances, built on {@link SharedState#putIfAbsent} (Redis {@code SET NX PX}).
 * A lock expires on its own after its TTL, so a crashed holder never blocks the others for long; a holder whose work
 * may outlast the TTL renews it as it goes ({@link Held#renew()}).
 */
public final class Locks {
    private static final String PREFIX = "lock:";
    private final SharedState state;

    public Locks(SharedState state) {
        this.state = state;
    }

    /** Takes the lock if it is free; the returned handle releases it. */
    public Optional<Held> tryLock(String name, Duration ttl) {
        String token = UUID.randomUUID().toString();
        if (state.putIfAbsent(PREFIX + name, token, ttl)) {
            return Optional.of(new Held(name, token, ttl));
        }
        return Optional.empty();
    }

    /** A lock this instance holds; closing it releases it unless it already expired and was taken over. */
    public final class Held implements AutoCloseable {
        private final String name;
        private final String token;
        private final Duration ttl;

        private Held(String name, String token, Duration ttl) {
            this.name = name;
            this.token = token;
            this.ttl = ttl;
        }

        /**
         * Gives the lock its full TTL again, if this holder still has it (compare-and-extend). False when it expired
         * meanwhile and may belong to someone else: the holder should stop the work the lock was guarding.
         */
        public boolean renew() {
            return state.extendIfEquals(PREFIX + name, token, ttl);
        }

        @Override
        public void close() {
            state.deleteIfEquals(PREFIX + name, token);
        }
    }
}
