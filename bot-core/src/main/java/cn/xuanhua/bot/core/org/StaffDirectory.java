package cn.xuanhua.bot.core.org;


import java.util.List;
import java.util.Optional;

/** Department staff known by their WeCom userid. Implemented by persistence. */
public interface StaffDirectory {

    List<StaffMember> all();

    Optional<StaffMember> byUserId(String userId);

    List<StaffMember> ofDepartment(String departmentCode);

    /** The active staff with {@code role}, e.g. the dispatchers every new appeal is announced to. */
    default List<StaffMember> withRole(StaffRole role) {
        return all().stream().filter(s -> s.role() == role).toList();
    }

    /**
     * Adds a staff member.
     *
     * @throws cn.xuanhua.bot.core.error.ConflictException when the userid is already registered
     */
    StaffMember add(StaffMember member);
}
