package cn.xuanhua.bot.admin.account;

import cn.xuanhua.bot.admin.config.BotProperties;
import cn.xuanhua.bot.admin.persistence.ConsoleAccountMapper;
import cn.xuanhua.bot.admin.persistence.ConsoleAccountRecord;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Several instances started at once on a new database: the one that finds the {@code admin} account made by another
 * between its look-up and its insert starts anyway (it failed to start before, on a duplicate key).
 */
class AdminAccountInitializerTest {
    private final PasswordEncoder encoder = new BCryptPasswordEncoder(4);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void anAdminAccountMadeMeanwhileByAnotherInstanceIsUpdatedNotInsertedTwice() {
        ConsoleAccountMapper accounts = mock(ConsoleAccountMapper.class);
        ConsoleAccountRecord madeMeanwhile = new ConsoleAccountRecord();
        madeMeanwhile.setId(7L);
        madeMeanwhile.setUsername("admin");
        when(accounts.selectOne(any())).thenReturn(null, madeMeanwhile);
        when(accounts.insert(any(ConsoleAccountRecord.class)))
                .thenThrow(new DuplicateKeyException("Duplicate entry 'admin' for key 'uk_console_account_username'"));
        BotProperties properties = mock(BotProperties.class);
        when(properties.admin()).thenReturn(new BotProperties.Admin("the-configured-1"));

        AdminAccountInitializer initializer = new AdminAccountInitializer(accounts, encoder, properties, clock);
        initializer.afterPropertiesSet();

        verify(accounts).updateById(argThat((ConsoleAccountRecord r) -> r.getId() == 7L
                && encoder.matches("the-configured-1", r.getPasswordHash())));
        assertThat(initializer.generatedPassword()).isEmpty();
    }
}
