package cn.xuanhua.bot.core.digest;

import cn.xuanhua.bot.core.appeal.WorkingDays;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.DepartmentKind;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.Departments;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a group's {@link WeeklyDigest} from the database's counts. A group's digest counts the appeals written in
 * it; the coordination group's counts every group's and ranks departments and township offices; a department's
 * working group counts the appeals now at its department.
 */
public final class DigestBuilder {
    /** Categories shown in a digest. */
    public static final int TOP_CATEGORIES = 5;
    /** Overdue appeals listed in a digest (the total is always given). */
    public static final int OVERDUE_LISTED = 20;

    private final DigestQueries queries;
    private final Departments departments;
    private final WorkingDays workingDays;
    private final int responseLimitDays;

    /**
     * @param responseLimitDays working days an appeal may wait for acceptance and still count in 响应率 (the
     *                          deadline watch's response limit, 1 by default)
     */
    public DigestBuilder(DigestQueries queries, Departments departments, WorkingDays workingDays,
                         int responseLimitDays) {
        if (responseLimitDays < 1) {
            throw new IllegalArgumentException("the response limit is at least one working day");
        }
        this.queries = queries;
        this.departments = departments;
        this.workingDays = workingDays;
        this.responseLimitDays = responseLimitDays;
    }

    /** The digest of {@code group} for {@code period}, as seen at {@code now} (this week: counted up to now). */
    public WeeklyDigest build(ChatGroup group, DigestPeriod period, ZonedDateTime now) {
        DigestWindow window = DigestWindow.of(period, now, workingDays, responseLimitDays);
        DigestScope scope = scopeOf(group);
        List<DepartmentCounts> rows = queries.countsByDepartment(scope, window);
        DigestCounts total = rows.stream().map(DepartmentCounts::counts).reduce(DigestCounts.NONE, DigestCounts::plus);
        List<CategoryCount> categories = queries.topCategories(scope, window, TOP_CATEGORIES);
        List<OverdueAppeal> overdue = total.overdue() == 0 ? List.of()
                : queries.overdueAppeals(scope, window, OVERDUE_LISTED);
        if (!scope.everything()) {
            return new WeeklyDigest(group.code(), group.name(), period, window, false, total, total.rates(),
                    categories, overdue, List.of(), List.of());
        }
        Map<String, Department> known = departments.all().stream()
                .collect(Collectors.toMap(Department::code, d -> d, (a, b) -> a));
        Map<Boolean, List<DepartmentCounts>> byTownship = rows.stream().collect(Collectors.partitioningBy(
                r -> known.containsKey(r.departmentCode())
                        && known.get(r.departmentCode()).kind() == DepartmentKind.TOWNSHIP));
        Function<String, String> names = code -> known.containsKey(code) ? known.get(code).shortName() : code;
        return new WeeklyDigest(group.code(), group.name(), period, window, true, total, total.rates(),
                categories, overdue, DepartmentRanking.rank(byTownship.get(false), names),
                DepartmentRanking.rank(byTownship.get(true), names));
    }

    /** Whose appeals a group's digest counts. */
    static DigestScope scopeOf(ChatGroup group) {
        if (group.kind() == GroupKind.COORDINATION) {
            return DigestScope.everyGroup();
        }
        if (group.kind() == GroupKind.DEPARTMENT && group.leadDepartmentCode() != null) {
            return DigestScope.department(group.leadDepartmentCode());
        }
        return DigestScope.group(group.code());
    }
}
