package cn.xuanhua.bot.core.org;

import cn.xuanhua.bot.core.error.InvalidInputException;


/** Registers department staff, checking what the directory alone cannot: a known department, a valid userid. */
public final class StaffRegistry {
    private final StaffDirectory staff;
    private final Departments departments;

    public StaffRegistry(StaffDirectory staff, Departments departments) {
        this.staff = staff;
        this.departments = departments;
    }

    /**
     * Adds a staff member.
     *
     * @throws InvalidInputException on a malformed userid, an empty name or an unknown department
     * @throws cn.xuanhua.bot.core.error.ConflictException when the userid is already registered
     */
    public StaffMember register(String userId, String name, String departmentCode, StaffRole role) {
        if (!WeComUserIds.isValid(userId)) {
            throw new InvalidInputException("userId 必须是 1–64 位字母、数字或 _ - . @ (the WeCom userid)");
        }
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new InvalidInputException("name 不能为空, 最多 64 个字符");
        }
        if (role == null) {
            throw new InvalidInputException("role 必须是 STAFF、DISPATCHER 或 LEADER");
        }
        Department department = departments.byCode(departmentCode)
                .or(() -> departments.find(departmentCode))
                .orElseThrow(() -> new InvalidInputException("未知的部门: " + departmentCode));
        return staff.add(new StaffMember(userId, name.trim(), department.code(), role));
    }
}
