package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.DepartmentKind;
import cn.xuanhua.bot.core.org.Departments;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@link Departments} on the {@code department} table (seeded by the migrations), read through {@link ReferenceData}. */
@Repository
public class MybatisDepartments implements Departments {
    private final ReferenceData reference;

    public MybatisDepartments(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public List<Department> all() {
        return reference.current().departments();
    }

    @Override
    public Optional<Department> byCode(String code) {
        return Optional.ofNullable(code).map(reference.current().departmentByCode()::get);
    }

    static Department toDomain(DepartmentRecord r) {
        List<String> aliases = r.getAliases() == null ? List.of()
                : Arrays.stream(r.getAliases().split("[,，]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new Department(r.getCode(), r.getName(), r.getShortName(), aliases,
                DepartmentKind.valueOf(r.getKind()), Boolean.TRUE.equals(r.getDispatcher()));
    }
}
