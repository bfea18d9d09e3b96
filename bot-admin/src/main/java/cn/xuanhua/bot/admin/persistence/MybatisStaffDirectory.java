package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffRole;
import cn.xuanhua.bot.core.org.StaffDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** {@link StaffDirectory} on the {@code staff} table, read through the in-memory {@link ReferenceData}. */
@Repository
public class MybatisStaffDirectory implements StaffDirectory {
    private final StaffMapper mapper;
    private final ReferenceData reference;
    private final Clock clock;

    public MybatisStaffDirectory(StaffMapper mapper, ReferenceData reference, Clock clock) {
        this.mapper = mapper;
        this.reference = reference;
        this.clock = clock;
    }

    /** The active staff, by department, then in the order they were registered. */
    @Override
    public List<StaffMember> all() {
        return reference.current().staff();
    }

    @Override
    public Optional<StaffMember> byUserId(String userId) {
        return Optional.ofNullable(userId).map(reference.current().staffByUserId()::get);
    }

    @Override
    public List<StaffMember> ofDepartment(String departmentCode) {
        return all().stream().filter(s -> s.departmentCode().equals(departmentCode)).toList();
    }

    @Override
    public StaffMember add(StaffMember member) {
        StaffRecord r = new StaffRecord();
        r.setUserId(member.userId());
        r.setName(member.name());
        r.setDepartmentCode(member.departmentCode());
        r.setRole(member.role().name());
        r.setActive(true);
        r.setCreatedAt(LocalDateTime.now(clock));
        try {
            mapper.insert(r);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("userId 已存在: " + member.userId());
        }
        reference.changed();
        return member;
    }

    static StaffMember toDomain(StaffRecord r) {
        return new StaffMember(r.getUserId(), r.getName(), r.getDepartmentCode(), StaffRole.valueOf(r.getRole()));
    }
}
