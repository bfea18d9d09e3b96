package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.DepartmentKind;
import cn.xuanhua.bot.core.org.Departments;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@link Departments} on the {@code department} table. */
@Repository
public class MybatisDepartments implements Departments {
    private final DepartmentMapper mapper;

    public MybatisDepartments(DepartmentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Department> all() {
        return mapper.selectList(new LambdaQueryWrapper<DepartmentRecord>().orderByAsc(DepartmentRecord::getSortOrder))
                .stream().map(MybatisDepartments::toDomain).toList();
    }

    @Override
    public Optional<Department> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mapper.selectOne(
                new LambdaQueryWrapper<DepartmentRecord>().eq(DepartmentRecord::getCode, code))).map(MybatisDepartments::toDomain);
    }

    static Department toDomain(DepartmentRecord r) {
        List<String> aliases = r.getAliases() == null ? List.of()
                : Arrays.stream(r.getAliases().split("[,，]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new Department(r.getCode(), r.getName(), r.getShortName(), aliases,
                DepartmentKind.valueOf(r.getKind()), Boolean.TRUE.equals(r.getDispatcher()));
    }
}
