package cn.xuanhua.bot.core.support;

import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffDirectory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Staff in memory; refuses a duplicate userid like the database's unique key does. */
public final class FakeStaffDirectory implements StaffDirectory {
    private final Map<String, StaffMember> staff = new LinkedHashMap<>();

    @Override
    public List<StaffMember> all() {
        return List.copyOf(staff.values());
    }

    @Override
    public Optional<StaffMember> byUserId(String userId) {
        return Optional.ofNullable(staff.get(userId));
    }

    @Override
    public List<StaffMember> ofDepartment(String departmentCode) {
        return staff.values().stream().filter(s -> s.departmentCode().equals(departmentCode)).toList();
    }

    @Override
    public StaffMember add(StaffMember member) {
        if (staff.putIfAbsent(member.userId(), member) != null) {
            throw new ConflictException("duplicate " + member.userId());
        }
        return member;
    }
}
