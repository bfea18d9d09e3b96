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
        DigestScope scope = scopeOf(group);
        return build(group, period, now, scope.everything());
    }

    /**
     * Like {@link #build(ChatGroup, DigestPeriod, ZonedDateTime)}, ranking the departments that hold the group's
     * appeals whatever the group (the dashboard's view of one group); the coordination group's digest ranks anyway.
     */
    public WeeklyDigest buildRanked(ChatGroup group, DigestPeriod period, ZonedDateTime now) {
        return build(group, period, now, true);
    }

    private WeeklyDigest build(ChatGroup group, DigestPeriod period, ZonedDateTime now, boolean ranked) {
        DigestWindow window = window(ReportPeriod.of(period), now);
        DigestScope scope = scopeOf(group);
        RankedCounts figures = figures(scope, window);
        DigestCounts total = figures.total();
        List<CategoryCount> categories = queries.topCategories(scope, window, TOP_CATEGORIES);
        List<OverdueAppeal> overdue = total.overdue() == 0 ? List.of()
                : queries.overdueAppeals(scope, window, OVERDUE_LISTED);
        long businesses = total.created() == 0 ? 0 : queries.businessesTouched(scope, window);
        return new WeeklyDigest(group.code(), group.name(), period, window, scope.everything(), total, total.rates(),
                categories, overdue, ranked ? figures.departments() : List.of(),
                ranked ? figures.townships() : List.of(), businesses);
    }

    /** The window of any period (week, month, quarter) seen at {@code now}, with the configured response limit. */
    public DigestWindow window(ReportPeriod period, ZonedDateTime now) {
        return DigestWindow.of(period, now, workingDays, responseLimitDays);
    }

    /**
     * The counts of {@code scope} in {@code window}, whole and per department, ranked as the coordination digest
     * ranks them: district departments apart from township and street offices.
     */
    public RankedCounts figures(DigestScope scope, DigestWindow window) {
        List<DepartmentCounts> rows = queries.countsByDepartment(scope, window);
        DigestCounts total = rows.stream().map(DepartmentCounts::counts).reduce(DigestCounts.NONE, DigestCounts::plus);
        Map<String, Department> known = departments.all().stream()
                .collect(Collectors.toMap(Department::code, d -> d, (a, b) -> a));
        Map<Boolean, List<DepartmentCounts>> byTownship = rows.stream().collect(Collectors.partitioningBy(
                r -> known.containsKey(r.departmentCode())
                        && known.get(r.departmentCode()).kind() == DepartmentKind.TOWNSHIP));
        Function<String, String> names = code -> known.containsKey(code) ? known.get(code).shortName() : code;
        return new RankedCounts(total, DepartmentRanking.rank(byTownship.get(false), names),
                DepartmentRanking.rank(byTownship.get(true), names));
    }

    /** Whose appeals a group's digest counts. */
    public static DigestScope scopeOf(ChatGroup group) {
        if (group.kind() == GroupKind.COORDINATION) {
            return DigestScope.everyGroup();
        }
        if (group.kind() == GroupKind.DEPARTMENT && group.leadDepartmentCode() != null) {
            return DigestScope.department(group.leadDepartmentCode());
        }
        return DigestScope.group(group.code());
    }
}
