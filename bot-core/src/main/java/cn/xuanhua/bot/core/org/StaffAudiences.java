package cn.xuanhua.bot.core.org;


import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Who among the staff is told about an appeal: userids, in directory order, without duplicates. */
public final class StaffAudiences {
    private final StaffDirectory staff;

    public StaffAudiences(StaffDirectory staff) {
        this.staff = staff;
    }

    /** Everyone registered in the department, whatever their role. */
    public Set<String> department(String departmentCode) {
        return ids(staff.ofDepartment(departmentCode));
    }

    /**
     * The handler when they are registered staff, else the whole department: nobody has accepted yet, or a console
     * administrator did, who has no WeCom userid to write to.
     */
    public Set<String> handlerOrDepartment(String handlerUserId, String departmentCode) {
        boolean reachable = handlerUserId != null && staff.byUserId(handlerUserId).isPresent();
        return reachable ? Set.of(handlerUserId) : department(departmentCode);
    }

    /** The department's leaders, for escalations and approvals. */
    public List<StaffMember> leadersOf(String departmentCode) {
        return staff.ofDepartment(departmentCode).stream().filter(s -> s.role() == StaffRole.LEADER).toList();
    }

    /** Every dispatcher, whatever their department. */
    public Set<String> dispatchers() {
        return ids(staff.withRole(StaffRole.DISPATCHER));
    }

    /** Who may approve an extension of the department's appeal: every dispatcher and its leaders. */
    public Set<String> approversFor(String departmentCode) {
        Set<String> ids = dispatchers();
        ids.addAll(ids(leadersOf(departmentCode)));
        return ids;
    }

    /** The display name of a staff member, or null when unknown. */
    public String nameOf(String userId) {
        return userId == null ? null : staff.byUserId(userId).map(StaffMember::name).orElse(null);
    }

    private static Set<String> ids(List<StaffMember> members) {
        return members.stream().map(StaffMember::userId).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
