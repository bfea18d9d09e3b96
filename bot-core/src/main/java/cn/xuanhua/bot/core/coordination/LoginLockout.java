package cn.xuanhua.bot.core.coordination;


import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Console log-in throttling: {@value #MAX_FAILURES} wrong passwords to one account within 15 minutes lock it for 15
 * minutes. Counts and locks live in {@link SharedState}, so every instance sees the same ones; times come from the
 * injected clock (the lock's end is stored, not left to the store's own expiry), so {@code bot.clock.offset} moves
 * them too. Accounts are counted by name whether they exist or not, so a lock says nothing about which names exist.
 */
public final class LoginLockout {
    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    private static final String FAILURES = "login:failures:";
    private static final String LOCKED = "login:locked:";
    private static final int MAX_KEY_LENGTH = 64;

    private final SharedState state;
    private final Clock clock;

    public LoginLockout(SharedState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** Whether {@code account} is locked now. */
    public boolean locked(String account) {
        return state.get(LOCKED + key(account)).map(until -> clock.millis() < parse(until)).orElse(false);
    }

    /** Counts a wrong password; the {@value #MAX_FAILURES}th within the window locks the account. */
    public void failed(String account) {
        Instant now = clock.instant();
        String key = key(account);
        if (state.recordInWindow(FAILURES + key, now, WINDOW) >= MAX_FAILURES) {
            state.put(LOCKED + key, Long.toString(now.plus(LOCK).toEpochMilli()), LOCK);
            // The lock now stands for these failures: when it ends, the account starts from none.
            state.delete(FAILURES + key);
        }
    }

    /** A right password (of an account not locked) clears its count. */
    public void succeeded(String account) {
        state.delete(FAILURES + key(account));
    }

    /** One key per account however it is typed; a long or odd name is hashed so it cannot bloat a key. */
    static String key(String account) {
        String name = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        if (name.length() <= MAX_KEY_LENGTH && name.chars().allMatch(c -> c > ' ' && c < 127)) {
            return name;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static long parse(String millis) {
        try {
            return Long.parseLong(millis);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
