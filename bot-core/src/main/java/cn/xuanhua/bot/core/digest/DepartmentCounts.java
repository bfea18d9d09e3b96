package cn.xuanhua.bot.core.digest;

import java.util.Objects;

/**
 * One department's counts of a week, as the database groups them: appeals count at the department that holds
 * them now ({@code appeal.department_code}).
 */
public record DepartmentCounts(String departmentCode, DigestCounts counts) {

    public DepartmentCounts {
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(counts, "counts");
    }
}
