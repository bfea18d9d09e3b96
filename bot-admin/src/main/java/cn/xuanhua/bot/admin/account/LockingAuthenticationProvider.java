package cn.xuanhua.bot.admin.account;

import cn.xuanhua.bot.admin.web.OneLine;
import cn.xuanhua.bot.core.coordination.LoginLockout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;

import java.util.function.Supplier;

/**
 * The console's one way in (form log-in and HTTP Basic alike): the password check, throttled by
 * {@link LoginLockout}. A locked account gets exactly what a wrong password gets, also with the right password, and
 * its password is still checked (the same work, the same time), so the answer never tells an attacker that a guess
 * was right. Attempts on a locked account do not prolong the lock.
 */
public final class LockingAuthenticationProvider implements AuthenticationProvider {
    private static final Logger log = LoggerFactory.getLogger(LockingAuthenticationProvider.class);

    private final AuthenticationProvider passwords;
    private final LoginLockout lockout;

    public LockingAuthenticationProvider(AuthenticationProvider passwords, LoginLockout lockout) {
        this.passwords = passwords;
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String account = attempt.getName();
        boolean locked = shared(() -> lockout.locked(account));
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            if (!locked) {
                shared(() -> {
                    lockout.failed(account);
                    return null;
                });
            }
            throw wrong;
        }
        if (locked) {
            log.info("log-in refused: account {} is locked", printable(account));
            throw new BadCredentialsException("Bad credentials");
        }
        shared(() -> {
            lockout.succeeded(account);
            return null;
        });
        return result;
    }

    /**
     * Reads or writes the lockout state. When it cannot (the shared state is down) nobody gets in: the promise of
     * the lock cannot be kept then, and a refused log-in is a 401, not a 500.
     */
    private static <T> T shared(Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            log.warn("log-in refused: the lockout state is unavailable: {}", OneLine.of(e));
            throw new InternalAuthenticationServiceException("log-in is unavailable", e);
        }
    }

    /** A typed name as it may go into the log: no line breaks or other control characters, not too long. */
    private static String printable(String account) {
        String name = account == null ? "" : account.replaceAll("\\p{Cntrl}", "?");
        return name.length() <= 64 ? name : name.substring(0, 64) + "...";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
