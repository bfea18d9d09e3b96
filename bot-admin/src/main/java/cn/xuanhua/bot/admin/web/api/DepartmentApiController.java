package cn.xuanhua.bot.admin.web.api;

import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.Departments;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/departments}. */
@RestController
public class DepartmentApiController {
    private final Departments departments;

    public DepartmentApiController(Departments departments) {
        this.departments = departments;
    }

    /** A department as the API shows it. */
    public record DepartmentView(String code, String name, String shortName, String kind, boolean dispatcher) {
        static DepartmentView of(Department d) {
            return new DepartmentView(d.code(), d.name(), d.shortName(), d.kind().name(), d.dispatcher());
        }
    }

    @GetMapping("/api/departments")
    public List<DepartmentView> list() {
        return departments.all().stream().map(DepartmentView::of).toList();
    }
}
