package cn.xuanhua.bot.core.org;

import cn.xuanhua.bot.core.coordination.SharedState;
import cn.xuanhua.bot.core.error.ExternalServiceException;

import java.time.Duration;
import java.util.Optional;

/**
 * {@link PersonNames} remembered in {@link SharedState} (Redis when configured, memory otherwise), so every post,
 * page and export about one requester asks WeCom once a day, and a userid WeCom could not name is not asked again
 * for a while either. When WeCom cannot be asked at all, nobody is asked for a minute: a name is not worth making
 * every new appeal wait for a time-out (the names are looked up while the message is handled).
 */
public final class CachedPersonNames implements PersonNames {
    static final Duration FOUND_FOR = Duration.ofHours(24);
    static final Duration NOT_FOUND_FOR = Duration.ofMinutes(10);
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofMinutes(1);
    private static final String UNAVAILABLE = "person-names:unavailable";
    /** Stands for "WeCom had no name" in the cache; a name never consists of this character alone. */
    private static final String NONE = "\u0000";
    private final PersonNames directory;
    private final SharedState state;

    public CachedPersonNames(PersonNames directory, SharedState state) {
        this.directory = directory;
        this.state = state;
    }

    @Override
    public Optional<String> lookUp(String userId) {
        String key = "person-name:" + userId;
        Optional<String> cached = state.get(key);
        if (cached.isPresent()) {
            return cached.filter(name -> !NONE.equals(name));
        }
        if (state.get(UNAVAILABLE).isPresent()) {
            return Optional.empty();
        }
        Optional<String> found;
        try {
            found = directory.lookUp(userId);
        } catch (ExternalServiceException unavailable) {
            state.put(UNAVAILABLE, "1", PAUSE_AFTER_FAILURE);
            return Optional.empty();
        }
        state.put(key, found.orElse(NONE), found.isPresent() ? FOUND_FOR : NOT_FOUND_FOR);
        return found;
    }
}
