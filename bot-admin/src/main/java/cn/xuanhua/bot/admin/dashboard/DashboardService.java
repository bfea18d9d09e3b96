package cn.xuanhua.bot.admin.dashboard;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.core.digest.DigestBuilder;
import cn.xuanhua.bot.core.digest.DigestCounts;
import cn.xuanhua.bot.core.digest.DigestPeriod;
import cn.xuanhua.bot.core.digest.DigestQueries;
import cn.xuanhua.bot.core.digest.DigestScope;
import cn.xuanhua.bot.core.digest.GroupCategoryCount;
import cn.xuanhua.bot.core.digest.RankedCounts;
import cn.xuanhua.bot.core.digest.ReportPeriod;
import cn.xuanhua.bot.core.digest.WeeklyDigest;
import cn.xuanhua.bot.core.error.ForbiddenException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.Groups;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Builds the dashboard from the weekly digests (the same SQL aggregation and ranking as 周报 and the digest API).
 * Past weeks hardly change, so their figures are kept for a few minutes; the running week is always counted afresh.
 */
@Service
public class DashboardService {
    static final int TREND_WEEKS = 12;
    private static final Duration PAST_WEEK_TTL = Duration.ofMinutes(10);
    private static final int MOST_OVERDUE = 10;

    private record Cached(WeeklyDigest digest, Instant at) {
    }

    private record CachedTrend(List<Dashboard.WeekPoint> points, Instant at) {
    }

    private record CachedFigures(RankedCounts figures, Instant at) {
    }

    private final DigestBuilder digests;
    private final DigestQueries queries;
    private final Groups groups;
    private final Clock clock;
    private final Map<String, Cached> pastWeeks = new ConcurrentHashMap<>();
    private final Map<String, CachedTrend> trends = new ConcurrentHashMap<>();
    private final Map<String, CachedFigures> pastFigures = new ConcurrentHashMap<>();

    public DashboardService(DigestBuilder digests, DigestQueries queries, Groups groups, Clock clock) {
        this.digests = digests;
        this.queries = queries;
        this.groups = groups;
        this.clock = clock;
    }

    /** This week for the user's own scope. */
    public Dashboard build(ConsoleUser me) {
        return build(me, null, null);
    }

    /**
     * The dashboard of {@code week} ({@code 2026-W47}, null: this week) for {@code groupCode} (null: the district,
     * or a staff member's department).
     *
     * @throws InvalidInputException on a malformed week, a week not begun or an unknown group
     * @throws ForbiddenException    when a staff member picks a group their department does not lead
     */
    public Dashboard build(ConsoleUser me, String week, String groupCode) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        DigestPeriod current = DigestPeriod.containing(now.toLocalDate());
        DigestPeriod period = blank(week) ? current : DigestPeriod.parse(week);
        if (period.monday().isAfter(current.monday())) {
            throw new InvalidInputException(period.isoWeek() + " 尚未开始");
        }
        ChatGroup scope = blank(groupCode) ? ownScope(me) : picked(me, groupCode.strip());
        WeeklyDigest shown = digest(scope, period, now);
        DigestScope digestScope = DigestBuilder.scopeOf(scope);
        DigestPeriod previous = period.previous();
        RankedCounts before = weekBefore(scope.code(), digestScope, previous, now);
        List<Dashboard.WeekPoint> trend = new ArrayList<>(trend(scope, period, now));
        trend.add(Dashboard.WeekPoint.of(previous.isoWeek(), before.total()));
        trend.add(Dashboard.WeekPoint.of(shown));
        FigureLinks links = new FigureLinks(digestScope, ReportPeriod.of(period), shown.window());
        return new Dashboard(scope.name(), blank(groupCode) ? null : scope.code(), shown, previous, links,
                Dashboard.RankRow.beside(shown.departments(), before.departments()),
                Dashboard.RankRow.beside(shown.townships(), before.townships()),
                heatMap(digestScope, shown, links), trend,
                shown.overdueAppeals().stream().limit(MOST_OVERDUE).toList());
    }

    /**
     * The weeks of the trend before the week shown and the week before it ({@code TREND_WEEKS - 2} of them), counted
     * together in one pass per time column ({@link DigestQueries#weeklyTotals}) and kept like past weeks.
     */
    private List<Dashboard.WeekPoint> trend(ChatGroup scope, DigestPeriod shown, ZonedDateTime now) {
        int weeks = TREND_WEEKS - 2;
        DigestPeriod first = new DigestPeriod(shown.monday().minusWeeks(TREND_WEEKS - 1));
        String key = scope.code() + "@trend:" + first.isoWeek();
        CachedTrend cached = trends.get(key);
        if (cached != null && cached.at().plus(PAST_WEEK_TTL).isAfter(clock.instant())) {
            return cached.points();
        }
        ReportPeriod span = new ReportPeriod(first.isoWeek() + "+" + weeks, first.monday(),
                first.monday().plusWeeks(weeks));
        List<DigestCounts> counts = queries.weeklyTotals(DigestBuilder.scopeOf(scope), digests.window(span, now));
        List<Dashboard.WeekPoint> points = new ArrayList<>(weeks);
        for (int i = 0; i < counts.size(); i++) {
            points.add(Dashboard.WeekPoint.of(new DigestPeriod(first.monday().plusWeeks(i)).isoWeek(), counts.get(i)));
        }
        trends.put(key, new CachedTrend(List.copyOf(points), clock.instant()));
        return points;
    }

    /**
     * The week before the one shown, for the rankings' trend: its counts and rankings only (no categories, no overdue
     * list), kept like past weeks. It is always complete.
     */
    private RankedCounts weekBefore(String scopeCode, DigestScope scope, DigestPeriod week, ZonedDateTime now) {
        String key = scopeCode + "@ranked:" + week.isoWeek();
        CachedFigures cached = pastFigures.get(key);
        if (cached != null && cached.at().plus(PAST_WEEK_TTL).isAfter(clock.instant())) {
            return cached.figures();
        }
        RankedCounts fresh = digests.figures(scope, digests.window(ReportPeriod.of(week), now));
        pastFigures.put(key, new CachedFigures(fresh, clock.instant()));
        return fresh;
    }

    /** The groups a user may pick: every group for those who read all appeals, else those their department leads. */
    public List<ChatGroup> pickable(ConsoleUser me) {
        return groups.all().stream().filter(me::mayReadDigestOf).toList();
    }

    /** New appeals of the week per township group and category: where problems cluster. */
    private Dashboard.HeatMap heatMap(DigestScope scope, WeeklyDigest shown, FigureLinks links) {
        Map<String, String> townships = new LinkedHashMap<>();
        groups.all().stream().filter(g -> g.kind() == GroupKind.TOWNSHIP)
                .sorted(Comparator.comparing(ChatGroup::code)).forEach(g -> townships.put(g.code(), g.name()));
        List<GroupCategoryCount> counts = queries.categoriesByGroup(scope, shown.window()).stream()
                .filter(c -> townships.containsKey(c.groupCode())).toList();
        Map<String, Long> byCategory = counts.stream().collect(Collectors.groupingBy(GroupCategoryCount::categoryCode,
                Collectors.summingLong(GroupCategoryCount::count)));
        Map<String, String> categoryNames = counts.stream().collect(Collectors.toMap(GroupCategoryCount::categoryCode,
                GroupCategoryCount::categoryName, (a, b) -> a));
        List<Dashboard.Label> categories = byCategory.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Dashboard.Label(e.getKey(), categoryNames.get(e.getKey()))).toList();
        // A group's own scope shows its own row only; the district (or a department) every township.
        List<Dashboard.Label> rows = townships.entrySet().stream()
                .filter(e -> scope.groupCode() == null || scope.groupCode().equals(e.getKey()))
                .map(e -> new Dashboard.Label(e.getKey(), e.getValue())).toList();
        List<Dashboard.Cell> cells = counts.stream()
                .map(c -> new Dashboard.Cell(c.groupCode(), c.categoryCode(), c.count(),
                        links.createdIn(c.groupCode(), c.categoryCode()))).toList();
        return new Dashboard.HeatMap(rows, categories, cells);
    }

    /** The district for those who read every appeal; a staff member's own department otherwise. */
    private ChatGroup ownScope(ConsoleUser me) {
        return me.departmentScope()
                .map(code -> ChatGroup.departmentScope(code, me.departmentName()))
                .orElseGet(() -> groups.all().stream().filter(g -> g.kind() == GroupKind.COORDINATION).findFirst()
                        .map(g -> new ChatGroup(g.code(), "宣化区", g.kind(), g.chatId(), g.webhookKey(), g.binding(),
                                g.ownerUserId(), g.leadDepartmentCode()))
                        .orElseThrow(() -> new IllegalStateException("no coordination group is configured")));
    }

    private ChatGroup picked(ConsoleUser me, String code) {
        ChatGroup group = groups.byCode(code).orElseThrow(() -> new InvalidInputException("没有代码为 " + code + " 的群"));
        if (!me.mayReadDigestOf(group)) {
            throw new ForbiddenException("只能查看本部门及本部门牵头的群");
        }
        return group;
    }

    /** A week's ranked digest; a past week from the cache when it is fresh enough. */
    private WeeklyDigest digest(ChatGroup scope, DigestPeriod week, ZonedDateTime now) {
        if (week.end(now.getZone()).isAfter(now)) {
            return digests.buildRanked(scope, week, now);
        }
        String key = scope.code() + "@" + week.isoWeek();
        Cached cached = pastWeeks.get(key);
        if (cached != null && cached.at().plus(PAST_WEEK_TTL).isAfter(clock.instant())) {
            return cached.digest();
        }
        WeeklyDigest fresh = digests.buildRanked(scope, week, now);
        pastWeeks.put(key, new Cached(fresh, clock.instant()));
        return fresh;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
