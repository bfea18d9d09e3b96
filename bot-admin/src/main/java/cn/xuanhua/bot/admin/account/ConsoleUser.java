package cn.xuanhua.bot.admin.account;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.StaffMember;

import java.util.Objects;
import java.util.Optional;

/**
 * The logged-in console account as every page, action and API call sees it: its role, the staff member it is
 * linked to and so their department. What a user may read is decided here; what they may do to an appeal is
 * decided by the appeal itself, through the {@link #actor()} this user acts as.
 *
 * @param username       the account's log-in name
 * @param role           the account's role
 * @param staff          the linked staff member, null for an administrator or an account whose staff left
 * @param departmentName the short name of the staff member's department, null without one
 */
public record ConsoleUser(String username, ConsoleRole role, StaffMember staff, String departmentName) {
    /** No department has this code: a STAFF account without a linked staff member sees nothing. */
    static final String NO_DEPARTMENT = "-";

    public ConsoleUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    public boolean isAdmin() {
        return role == ConsoleRole.ADMIN;
    }

    /** Dispatchers, leaders and administrators read every appeal; staff only their department's. */
    public boolean readsAllAppeals() {
        return role != ConsoleRole.STAFF;
    }

    /** The one department whose appeals this user may read, or empty when they read all. */
    public Optional<String> departmentScope() {
        if (readsAllAppeals()) {
            return Optional.empty();
        }
        return Optional.of(staff == null ? NO_DEPARTMENT : staff.departmentCode());
    }

    public boolean mayRead(String appealDepartmentCode) {
        return departmentScope().map(d -> d.equals(appealDepartmentCode)).orElse(true);
    }

    /**
     * Digests: those who read every appeal read every digest; staff their own department's and those of the groups
     * their department leads (a township office its township's group). Group bindings, chat ids and the staff list are
     * not theirs to read at all (see SecurityConfiguration).
     */
    public boolean mayReadDigestOf(ChatGroup group) {
        return readsAllAppeals() || (staff != null && staff.departmentCode().equals(group.leadDepartmentCode()));
    }

    /** The digest a user gets when they name none: the district's, or a staff member's own department's. */
    public Optional<String> ownDigestScope() {
        return departmentScope().map(code -> ChatGroup.DEPARTMENT_SCOPE + code);
    }

    /** The unmasked text is for the handling department's own staff and for administrators only. */
    public boolean seesOriginalText(String appealDepartmentCode) {
        return isAdmin() || (staff != null && staff.departmentCode().equals(appealDepartmentCode));
    }

    /**
     * Who this user is when acting on an appeal: an administrator acts as the console ({@link Actor#admin}, like a
     * dispatcher), everyone else as the staff member they are linked to; empty when there is none.
     */
    public Optional<Actor> actor() {
        if (isAdmin()) {
            return Optional.of(Actor.admin(username));
        }
        return Optional.ofNullable(staff).map(Actor::staff);
    }

    /** The name shown in the navigation bar. */
    public String displayName() {
        return staff == null ? username : staff.name() + (departmentName == null ? "" : " · " + departmentName);
    }
}
