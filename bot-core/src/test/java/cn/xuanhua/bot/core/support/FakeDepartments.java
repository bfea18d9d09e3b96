package cn.xuanhua.bot.core.support;

import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.DepartmentKind;
import cn.xuanhua.bot.core.org.Departments;

import java.util.List;
import java.util.Optional;

/** A few of the seeded departments, in memory, for core tests. */
public final class FakeDepartments implements Departments {
    private final List<Department> departments = List.of(
            new Department("approval", "宣化区行政审批局", "行政审批局", List.of("审批局"), DepartmentKind.DISTRICT, true),
            new Department("hrss", "宣化区人力资源和社会保障局", "人社局", List.of("人社"), DepartmentKind.DISTRICT, false),
            new Department("urban", "宣化区城市管理综合行政执法局", "城市管理局", List.of("城管"), DepartmentKind.DISTRICT, false),
            new Department("office-nanguan", "南关街道办事处", "南关街道", List.of("南关"), DepartmentKind.TOWNSHIP, false));

    @Override
    public List<Department> all() {
        return departments;
    }

    @Override
    public Optional<Department> byCode(String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
