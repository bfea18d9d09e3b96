package cn.xuanhua.bot.admin.console;

import cn.xuanhua.bot.admin.account.ConsoleAccounts;
import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.audit.AuditLog;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffRegistry;
import cn.xuanhua.bot.core.org.StaffRole;
import org.springframework.stereotype.Service;

/**
 * Staff and their console accounts changed from {@code /staff} or {@code POST /api/staff}: checked by
 * {@link StaffRegistry} and {@link ConsoleAccounts}, stored and recorded in the audit trail together. A password is
 * recorded only as 已更改.
 */
@Service
public class StaffEdits {
    private final StaffRegistry registry;
    private final ConsoleAccounts accounts;
    private final AuditLog audit;

    public StaffEdits(StaffRegistry registry, ConsoleAccounts accounts, AuditLog audit) {
        this.registry = registry;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** See {@link StaffRegistry#register}. */
    public StaffMember register(ConsoleUser by, String userId, String name, String departmentCode, StaffRole role) {
        return audit.change(by, "添加工作人员", userId, changes -> {
            StaffMember added = registry.register(userId, name, departmentCode, role);
            changes.field("姓名", null, added.name()).field("部门", null, added.departmentCode())
                    .field("角色", null, added.role());
            return added;
        });
    }

    /** See {@link ConsoleAccounts#saveFor}: creates the staff member's account or resets it. */
    public void saveAccount(ConsoleUser by, String staffUserId, String username, String password) {
        String before = accounts.usernamesByStaff().get(staffUserId);
        audit.run(by, before == null ? "创建控制台账号" : "重置控制台账号", staffUserId, changes -> {
            accounts.saveFor(staffUserId, username, password);
            changes.field("用户名", before, username == null ? null : username.trim())
                    // Always a new hash, so always a change; its value is never recorded.
                    .note("密码: " + cn.xuanhua.bot.core.audit.Changes.CHANGED);
        });
    }
}
