package cn.xuanhua.bot.core.org;


import java.util.List;
import java.util.Optional;

/** The handling units appeals are routed to. Implemented by persistence. */
public interface Departments {

    /** Every department, district departments first, then township offices. */
    List<Department> all();

    Optional<Department> byCode(String code);

    /** The department a person means by {@code nameOrCode}: its code, name, short name or an alias. */
    default Optional<Department> find(String nameOrCode) {
        return all().stream().filter(d -> d.isCalled(nameOrCode)).findFirst();
    }

    /** The unit that receives what no routing rule covers (行政审批局 in the seed). */
    default Department dispatcher() {
        return all().stream().filter(Department::dispatcher).findFirst()
                .orElseThrow(() -> new IllegalStateException("no dispatcher department is configured"));
    }
}
