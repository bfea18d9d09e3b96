package cn.xuanhua.bot.core.coordination;


import java.time.Duration;

/**
 * Remembers for a while that something happened, across instances: the first caller for a key wins and
 * later ones learn it was already done (e.g. a WeCom retry of a message already being handled).
 */
public final class OnceGuard {
    private static final String PREFIX = "once:";
    private final SharedState state;

    public OnceGuard(SharedState state) {
        this.state = state;
    }

    /** True for the first call with {@code key} within {@code ttl}, false for every later one. */
    public boolean firstTime(String key, Duration ttl) {
        return state.putIfAbsent(PREFIX + key, "1", ttl);
    }
}
