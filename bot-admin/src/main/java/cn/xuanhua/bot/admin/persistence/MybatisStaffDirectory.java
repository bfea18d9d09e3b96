package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffRole;
import cn.xuanhua.bot.core.org.StaffDirectory;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** {@link StaffDirectory} on the {@code staff} table. */
@Repository
public class MybatisStaffDirectory implements StaffDirectory {
    private final StaffMapper mapper;
    private final Clock clock;

    public MybatisStaffDirectory(StaffMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public List<StaffMember> all() {
        return mapper.selectList(new LambdaQueryWrapper<StaffRecord>().eq(StaffRecord::getActive, true)
                .orderByAsc(StaffRecord::getDepartmentCode).orderByAsc(StaffRecord::getId))
                .stream().map(MybatisStaffDirectory::toDomain).toList();
    }

    @Override
    public Optional<StaffMember> byUserId(String userId) {
        return Optional.ofNullable(mapper.selectOne(new LambdaQueryWrapper<StaffRecord>()
                .eq(StaffRecord::getUserId, userId).eq(StaffRecord::getActive, true))).map(MybatisStaffDirectory::toDomain);
    }

    @Override
    public List<StaffMember> ofDepartment(String departmentCode) {
        return mapper.selectList(new LambdaQueryWrapper<StaffRecord>()
                .eq(StaffRecord::getDepartmentCode, departmentCode).eq(StaffRecord::getActive, true))
                .stream().map(MybatisStaffDirectory::toDomain).toList();
    }

    /** Read by role in the database: every new appeal tells the dispatchers, and mapping all staff each time shows. */
    @Override
    public List<StaffMember> withRole(StaffRole role) {
        return mapper.selectList(new LambdaQueryWrapper<StaffRecord>()
                        .eq(StaffRecord::getRole, role.name()).eq(StaffRecord::getActive, true)
                        .orderByAsc(StaffRecord::getDepartmentCode).orderByAsc(StaffRecord::getId))
                .stream().map(MybatisStaffDirectory::toDomain).toList();
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
        return member;
    }

    static StaffMember toDomain(StaffRecord r) {
        return new StaffMember(r.getUserId(), r.getName(), r.getDepartmentCode(), StaffRole.valueOf(r.getRole()));
    }
}
