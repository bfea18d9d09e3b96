package cn.xuanhua.bot.core.org;

/**
 * A staff member known by their WeCom userid.
 *
 * @param userId         WeCom userid
 * @param name           display name, used in posts (受理人)
 * @param departmentCode their department
 * @param role           what they may do
 */
public record StaffMember(String userId, String name, String departmentCode, StaffRole role) {
}
