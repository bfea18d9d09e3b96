package cn.xuanhua.bot.core.coordination;

import cn.xuanhua.bot.core.support.FakeSharedState;
import cn.xuanhua.bot.core.support.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginLockoutTest {
    private final MutableClock clock = new MutableClock();
    private final LoginLockout lockout = new LoginLockout(new FakeSharedState(), clock);

    private void fail(String account, int times, Duration apart) {
        for (int i = 0; i < times; i++) {
            lockout.failed(account);
            clock.advance(apart);
        }
    }

    @Test
    void tenWrongPasswordsWithinFifteenMinutesLockTheAccountForFifteenMinutes() {
        fail("zhang", 9, Duration.ofMinutes(1));
        assertThat(lockout.locked("zhang")).as("nine are allowed").isFalse();
        lockout.failed("zhang");
        assertThat(lockout.locked("zhang")).isTrue();
        assertThat(lockout.locked("li")).as("another account").isFalse();
        clock.advance(Duration.ofMinutes(14));
        assertThat(lockout.locked("zhang")).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(lockout.locked("zhang")).as("15 minutes on").isFalse();
        lockout.failed("zhang");
        assertThat(lockout.locked("zhang")).as("the failures before the lock are spent").isFalse();
    }

    @Test
    void failuresSpreadWiderThanFifteenMinutesNeverLock() {
        fail("zhang", 30, Duration.ofMinutes(2));
        assertThat(lockout.locked("zhang")).isFalse();
    }

    @Test
    void aRightPasswordClearsTheCountAndNamesAreCountedAsOneWhateverTheirCase() {
        fail("Zhang", 9, Duration.ofSeconds(10));
        lockout.succeeded("zhang");
        fail("ZHANG", 9, Duration.ofSeconds(10));
        assertThat(lockout.locked("zhang")).isFalse();
        lockout.failed(" zhang ");
        assertThat(lockout.locked("Zhang")).isTrue();
    }

    @Test
    void longOrOddNamesGetShortKeys() {
        assertThat(LoginLockout.key("x".repeat(10_000))).startsWith("sha256:").hasSize(71);
        assertThat(LoginLockout.key("名字 with space")).startsWith("sha256:");
        assertThat(LoginLockout.key("ng.liu")).isEqualTo("ng.liu");
    }
}
