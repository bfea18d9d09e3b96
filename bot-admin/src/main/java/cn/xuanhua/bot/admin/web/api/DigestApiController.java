package cn.xuanhua.bot.admin.web.api;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.core.digest.DepartmentRank;
import cn.xuanhua.bot.core.digest.DigestCounts;
import cn.xuanhua.bot.core.digest.DigestPeriod;
import cn.xuanhua.bot.core.digest.WeeklyDigest;
import cn.xuanhua.bot.core.digest.WeeklyDigests;
import cn.xuanhua.bot.core.error.ForbiddenException;
import cn.xuanhua.bot.core.error.NotFoundException;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * {@code GET /api/digests/weekly?groupCode=&week=2026-W47} (docs/api.md): the numbers of a group's digest.
 * {@code week} defaults to the last complete ISO week, {@code groupCode} to the coordination group (the district).
 * An unknown group answers 404, a malformed week or one not begun 400.
 */
@RestController
public class DigestApiController {
    private final WeeklyDigests digests;
    private final Groups groups;
    private final Departments departments;
    private final Clock clock;

    public DigestApiController(WeeklyDigests digests, Groups groups, Departments departments, Clock clock) {
        this.digests = digests;
        this.groups = groups;
        this.departments = departments;
        this.clock = clock;
    }

    /**
     * {@code groupCode} is a group's code or {@code department:CODE} (a department's own appeals, as on the
     * dashboard). STAFF accounts read their department's and the groups it leads (403 for others); by default they
     * get their department's, everyone else the district's.
     */
    @GetMapping("/api/digests/weekly")
    public WeeklyDigestView weekly(ConsoleUser me, @RequestParam(required = false) String groupCode,
                                   @RequestParam(required = false) String week) {
        String code = groupCode == null || groupCode.isBlank()
                ? me.ownDigestScope().orElseGet(this::coordinationGroup) : groupCode.strip();
        ChatGroup scope = scope(code);
        if (!me.mayReadDigestOf(scope)) {
            throw new ForbiddenException("只能查看本部门及本部门牵头的群的周报");
        }
        DigestPeriod period = week == null || week.isBlank() ? DigestPeriod.lastWeek(ZonedDateTime.now(clock))
                : DigestPeriod.parse(week);
        return WeeklyDigestView.of(digests.digest(scope, period));
    }

    private ChatGroup scope(String code) {
        if (code.startsWith(ChatGroup.DEPARTMENT_SCOPE)) {
            Department d = departments.byCode(code.substring(ChatGroup.DEPARTMENT_SCOPE.length()))
                    .orElseThrow(() -> new NotFoundException("未知的部门: " + code));
            return ChatGroup.departmentScope(d.code(), d.shortName());
        }
        return groups.byCode(code).orElseThrow(() -> new NotFoundException("未知的群: " + code));
    }

    private String coordinationGroup() {
        return groups.all().stream().filter(g -> g.kind() == GroupKind.COORDINATION).findFirst()
                .orElseThrow(() -> new NotFoundException("没有协调群")).code();
    }

    /** The fields docs/api.md names first; then what the chat digest also shows. Rates are fractions 0..1 or null. */
    public record WeeklyDigestView(String groupCode, String week, long created, long accepted, long resolved,
                                   long overdue, Double responseRate, Double onTimeRate, Double resolutionRate,
                                   Double satisfactionRate, List<CategoryView> topCategories, String groupName,
                                   OffsetDateTime from, OffsetDateTime to, OffsetDateTime asOf, boolean partial,
                                   long open, DigestCounts counts, List<OverdueView> overdueAppeals,
                                   List<RankView> departments, List<RankView> townships, long businesses) {
        static WeeklyDigestView of(WeeklyDigest d) {
            DigestCounts c = d.counts();
            return new WeeklyDigestView(d.groupCode(), d.isoWeek(), c.created(), c.accepted(), c.resolved(),
                    c.overdue(), d.rates().responseRate(), d.rates().onTimeRate(), d.rates().resolutionRate(),
                    d.rates().satisfactionRate(),
                    d.topCategories().stream().map(t -> new CategoryView(t.categoryName(), t.categoryCode(), t.count()))
                            .toList(),
                    d.groupName(), d.window().start().toOffsetDateTime(), d.window().end().toOffsetDateTime(),
                    d.window().asOf().toOffsetDateTime(), d.partial(), c.open(), c,
                    d.overdueAppeals().stream().map(a -> new OverdueView(a.number(), a.departmentCode(),
                            a.departmentName(), a.dueAt().toOffsetDateTime())).toList(),
                    d.departments().stream().map(RankView::of).toList(),
                    d.townships().stream().map(RankView::of).toList(), d.businesses());
        }
    }

    /** {@code category} is the name people read (as in the appeal preview), {@code categoryCode} the stable code. */
    public record CategoryView(String category, String categoryCode, long count) {
    }

    public record OverdueView(String number, String departmentCode, String departmentName, OffsetDateTime dueAt) {
    }

    public record RankView(int rank, String departmentCode, String departmentName, long created, long accepted,
                           long resolved, long open, long overdue, Double responseRate, Double onTimeRate,
                           Double resolutionRate, Double satisfactionRate, Double score) {
        static RankView of(DepartmentRank r) {
            DigestCounts c = r.counts();
            return new RankView(r.rank(), r.departmentCode(), r.departmentName(), c.created(), c.accepted(),
                    c.resolved(), c.open(), c.overdue(), r.rates().responseRate(), r.rates().onTimeRate(),
                    r.rates().resolutionRate(), r.rates().satisfactionRate(), r.rates().score());
        }
    }
}
