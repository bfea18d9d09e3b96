package cn.xuanhua.bot.admin.account;

import cn.xuanhua.bot.admin.config.BotProperties;
import cn.xuanhua.bot.admin.persistence.ConsoleAccountMapper;
import cn.xuanhua.bot.admin.persistence.ConsoleAccountRecord;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Makes sure the built-in {@code admin} account exists before the console serves anyone.
 * <ul>
 *   <li>{@code bot.admin.password} set: admin's password is (re)set to it at every start.</li>
 *   <li>not set, prod profile: start-up never gets here ({@code ProdRequiresAdminPassword} stops it first).</li>
 *   <li>not set, embedded default: a random password is generated on the first start only, stored as a hash,
 *       and handed to {@link StartupNotice} to be shown once.</li>
 * </ul>
 */
@Component
@DependsOnDatabaseInitialization
public class AdminAccountInitializer implements InitializingBean {
    static final String ADMIN = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final ConsoleAccountMapper accounts;
    private final PasswordEncoder encoder;
    private final BotProperties properties;
    private final Clock clock;
    private String generatedPassword;

    public AdminAccountInitializer(ConsoleAccountMapper accounts, PasswordEncoder encoder, BotProperties properties,
                                   Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            ensureAdmin();
        } catch (DuplicateKeyException madeByAnotherInstance) {
            // Several instances started at once on a new database: another one made the account between our read
            // and our insert. Its password is the configured one too; a generated one is that instance's to show.
            generatedPassword = null;
            ensureAdmin();
        }
    }

    private void ensureAdmin() {
        String configured = properties.admin().password();
        ConsoleAccountRecord admin = accounts.selectOne(
                new LambdaQueryWrapper<ConsoleAccountRecord>().eq(ConsoleAccountRecord::getUsername, ADMIN));
        if (configured != null && !configured.isBlank()) {
            save(admin, configured);
        } else if (admin == null) {
            generatedPassword = randomPassword();
            save(null, generatedPassword);
        }
    }

    /** The password generated at this start, present only on the very first start of an embedded install. */
    public Optional<String> generatedPassword() {
        return Optional.ofNullable(generatedPassword);
    }

    private void save(ConsoleAccountRecord existing, String password) {
        LocalDateTime now = LocalDateTime.now(clock);
        ConsoleAccountRecord r = existing == null ? new ConsoleAccountRecord() : existing;
        r.setUsername(ADMIN);
        r.setPasswordHash(encoder.encode(password));
        r.setRole(ConsoleRole.ADMIN.name());
        r.setEnabled(true);
        r.setUpdatedAt(now);
        if (existing == null) {
            r.setCreatedAt(now);
            accounts.insert(r);
        } else {
            accounts.updateById(r);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
