package cn.xuanhua.bot.admin.account;

import cn.xuanhua.bot.admin.persistence.ConsoleAccountMapper;
import cn.xuanhua.bot.admin.persistence.ConsoleAccountRecord;
import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.StaffDirectory;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Turns the authenticated principal into a {@link ConsoleUser}, reading the account and its staff member afresh
 * on each request: a role change or a staff member's move to another department applies at once, without a new
 * log-in.
 */
@Component
public class ConsoleUsers {
    private final ConsoleAccountMapper accounts;
    private final StaffDirectory staff;
    private final Departments departments;

    public ConsoleUsers(ConsoleAccountMapper accounts, StaffDirectory staff, Departments departments) {
        this.accounts = accounts;
        this.staff = staff;
        this.departments = departments;
    }

    /** The console user behind {@code authentication}; refused when the account is gone or disabled. */
    public ConsoleUser of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("not logged in");
        }
        ConsoleAccountRecord account = accounts.selectOne(new LambdaQueryWrapper<ConsoleAccountRecord>()
                .eq(ConsoleAccountRecord::getUsername, authentication.getName()));
        if (account == null || !Boolean.TRUE.equals(account.getEnabled())) {
            throw new AccessDeniedException("account unavailable");
        }
        StaffMember member = account.getStaffUserId() == null ? null
                : staff.byUserId(account.getStaffUserId()).orElse(null);
        String departmentName = member == null ? null
                : departments.byCode(member.departmentCode()).map(Department::shortName).orElse(member.departmentCode());
        return new ConsoleUser(account.getUsername(), ConsoleRole.valueOf(account.getRole()), member, departmentName);
    }
}
