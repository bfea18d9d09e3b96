package cn.xuanhua.bot.admin.account;

import cn.xuanhua.bot.admin.persistence.ConsoleAccountMapper;
import cn.xuanhua.bot.admin.persistence.ConsoleAccountRecord;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffDirectory;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Console accounts of department staff: one per staff member, its role taken from the staff member's role so that
 * the console never lets anyone do more than the chat does. Passwords are stored as BCrypt hashes only.
 */
@Service
public class ConsoleAccounts {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.@-]{3,64}");
    private static final int MIN_PASSWORD = 8;

    private final ConsoleAccountMapper accounts;
    private final StaffDirectory staff;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public ConsoleAccounts(ConsoleAccountMapper accounts, StaffDirectory staff, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.staff = staff;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** The log-in name of each staff member who has an account, by their userid. */
    public Map<String, String> usernamesByStaff() {
        return accounts.selectList(new LambdaQueryWrapper<ConsoleAccountRecord>()
                        .isNotNull(ConsoleAccountRecord::getStaffUserId)).stream()
                .collect(Collectors.toMap(ConsoleAccountRecord::getStaffUserId, ConsoleAccountRecord::getUsername,
                        (a, b) -> a));
    }

    /**
     * Creates the staff member's account, or resets its user name, password and role when it exists.
     *
     * @throws NotFoundException     when no such staff member is registered
     * @throws InvalidInputException on a malformed user name or a short password
     * @throws ConflictException     when the user name belongs to another account
     */
    public void saveFor(String staffUserId, String username, String password) {
        StaffMember member = staff.byUserId(staffUserId)
                .orElseThrow(() -> new NotFoundException("未知的工作人员: " + staffUserId));
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches() || name.equalsIgnoreCase(AdminAccountInitializer.ADMIN)) {
            throw new InvalidInputException("用户名须为 3–64 位字母、数字或 _ - . @, 且不能是 admin");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException("密码至少 " + MIN_PASSWORD + " 位");
        }
        ConsoleAccountRecord existing = accounts.selectOne(new LambdaQueryWrapper<ConsoleAccountRecord>()
                .eq(ConsoleAccountRecord::getStaffUserId, staffUserId));
        ConsoleAccountRecord sameName = accounts.selectOne(new LambdaQueryWrapper<ConsoleAccountRecord>()
                .eq(ConsoleAccountRecord::getUsername, name));
        if (sameName != null && (existing == null || !sameName.getId().equals(existing.getId()))) {
            throw new ConflictException("用户名已被占用: " + name);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        ConsoleAccountRecord r = existing == null ? new ConsoleAccountRecord() : existing;
        r.setUsername(name);
        r.setPasswordHash(encoder.encode(password));
        r.setRole(ConsoleRole.valueOf(member.role().name()).name());
        r.setStaffUserId(staffUserId);
        r.setEnabled(true);
        r.setUpdatedAt(now);
        try {
            if (existing == null) {
                r.setCreatedAt(now);
                accounts.insert(r);
            } else {
                accounts.updateById(r);
            }
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("用户名已被占用: " + name);
        }
    }
}
