package cn.xuanhua.bot.core.appeal;

import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffRole;

import java.util.Objects;

/**
 * Who acts on an appeal. Whether a person is <em>the requester</em> depends on the appeal, so it is checked
 * there by userid; here we only know what the person is.
 *
 * @param userId         WeCom userid; {@value #SYSTEM_ID} for the bot; {@code console:name} for the console
 * @param name           display name used in posts (受理人)
 * @param kind           staff, any other person, the bot itself, or a console administrator
 * @param departmentCode the staff member's department, null for others
 * @param role           the staff member's role, null for others
 */
public record Actor(String userId, String name, Kind kind, String departmentCode, StaffRole role) {
    public static final String SYSTEM_ID = "system";

    /** What an actor is. */
    public enum Kind { STAFF, PERSON, SYSTEM, ADMIN }

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
        name = name == null || name.isBlank() ? userId : name;
    }

    public static Actor staff(StaffMember member) {
        return new Actor(member.userId(), member.name(), Kind.STAFF, member.departmentCode(), member.role());
    }

    /** Someone who is not registered staff, typically a business owner writing in a group. */
    public static Actor person(String userId, String name) {
        return new Actor(userId, name, Kind.PERSON, null, null);
    }

    public static Actor system() {
        return new Actor(SYSTEM_ID, "诉求助手", Kind.SYSTEM, null, null);
    }

    /** A console administrator; acts like a dispatcher on every appeal. */
    public static Actor admin(String username) {
        return new Actor("console:" + username, username, Kind.ADMIN, null, null);
    }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    public boolean isStaffOf(String department) {
        return isStaff() && Objects.equals(departmentCode, department);
    }

    /** Dispatchers, leaders and console administrators act on every appeal, re-assign and approve. */
    public boolean supervises() {
        return kind == Kind.ADMIN || (isStaff() && role != StaffRole.STAFF);
    }

    public boolean isSystem() {
        return kind == Kind.SYSTEM;
    }
}
