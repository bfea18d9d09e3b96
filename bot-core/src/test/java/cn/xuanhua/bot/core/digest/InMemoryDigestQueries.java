package cn.xuanhua.bot.core.digest;

import cn.xuanhua.bot.core.appeal.AppealStatus;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@link DigestQueries} over hand-made rows, written straight from the port's definitions: what the SQL of the
 * persistence adapter must agree with (the integration tests check the SQL on the same kind of week).
 */
final class InMemoryDigestQueries implements DigestQueries {
    private final List<AppealRow> rows = new ArrayList<>();

    InMemoryDigestQueries add(AppealRow... appeals) {
        rows.addAll(List.of(appeals));
        return this;
    }

    @Override
    public List<DepartmentCounts> countsByDepartment(DigestScope scope, DigestWindow w) {
        Map<String, List<AppealRow>> byDepartment = rows.stream().filter(in(scope))
                .collect(Collectors.groupingBy(AppealRow::departmentCode, TreeMap::new, Collectors.toList()));
        List<DepartmentCounts> out = new ArrayList<>();
        byDepartment.forEach((code, list) -> {
            DigestCounts c = counts(list, w);
            if (!c.isEmpty()) {
                out.add(new DepartmentCounts(code, c));
            }
        });
        return out;
    }

    @Override
    public List<DigestCounts> weeklyTotals(DigestScope scope, DigestWindow w) {
        List<AppealRow> mine = rows.stream().filter(in(scope)).toList();
        List<DigestCounts> weeks = new ArrayList<>();
        for (ZonedDateTime start = w.start(); start.isBefore(w.end()); start = start.plusWeeks(1)) {
            DigestCounts c = counts(mine, new DigestWindow(start, start.plusWeeks(1), start.plusWeeks(1),
                    w.responseDays()));
            weeks.add(new DigestCounts(c.created(), c.respondedInTime(), 0, c.resolved(), c.resolvedOnTime(),
                    c.resolvedNotReopened(), c.rated(), c.satisfied(), 0, 0));
        }
        return weeks;
    }

    /** Rows know no 并单 here: each appeal created is one business's. */
    @Override
    public long businessesTouched(DigestScope scope, DigestWindow w) {
        return rows.stream().filter(in(scope)).filter(r -> within(r.createdAt(), w)).count();
    }

    @Override
    public List<CategoryCount> topCategories(DigestScope scope, DigestWindow w, int limit) {
        return rows.stream().filter(in(scope)).filter(r -> within(r.createdAt(), w))
                .collect(Collectors.groupingBy(AppealRow::categoryCode, TreeMap::new, Collectors.counting()))
                .entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(limit).map(e -> new CategoryCount(e.getKey(), e.getKey(), e.getValue())).toList();
    }

    @Override
    public List<GroupCategoryCount> categoriesByGroup(DigestScope scope, DigestWindow w) {
        return rows.stream().filter(in(scope)).filter(r -> within(r.createdAt(), w))
                .collect(Collectors.groupingBy(r -> r.groupCode() + "|" + r.categoryCode(), TreeMap::new,
                        Collectors.counting()))
                .entrySet().stream().map(e -> {
                    String[] key = e.getKey().split("\\|");
                    return new GroupCategoryCount(key[0], key[1], key[1], e.getValue());
                }).toList();
    }

    @Override
    public List<OverdueAppeal> overdueAppeals(DigestScope scope, DigestWindow w, int limit) {
        return rows.stream().filter(in(scope)).filter(r -> overdue(r, w.asOf()))
                .sorted(Comparator.comparing(AppealRow::dueAt).thenComparing(AppealRow::number)).limit(limit)
                .map(r -> new OverdueAppeal(r.number(), r.departmentCode(), r.departmentCode(), r.dueAt())).toList();
    }

    private static DigestCounts counts(List<AppealRow> list, DigestWindow w) {
        long created = count(list, r -> within(r.createdAt(), w));
        long responded = count(list, r -> within(r.createdAt(), w) && r.acceptedAt() != null
                && !r.acceptedAt().isAfter(respondBy(r.createdAt(), w)));
        long accepted = count(list, r -> within(r.acceptedAt(), w));
        long resolved = count(list, r -> within(r.resolvedAt(), w));
        long onTime = count(list, r -> within(r.resolvedAt(), w) && !r.resolvedAt().isAfter(r.dueAt()));
        long solved = count(list, r -> within(r.resolvedAt(), w) && !r.reopened());
        long rated = count(list, r -> within(r.ratedAt(), w) && r.satisfaction() != null);
        long satisfied = count(list, r -> within(r.ratedAt(), w) && r.satisfaction() != null
                && r.satisfaction().countsAsSatisfied());
        long open = count(list, r -> open(r, w.asOf()));
        long overdue = count(list, r -> overdue(r, w.asOf()));
        return new DigestCounts(created, responded, accepted, resolved, onTime, solved, rated, satisfied, open, overdue);
    }

    private static ZonedDateTime respondBy(ZonedDateTime created, DigestWindow w) {
        for (DigestWindow.ResponseDay day : w.responseDays()) {
            if (created.isBefore(day.until())) {
                return created.plusDays(day.calendarDays());
            }
        }
        throw new IllegalStateException("created outside the week: " + created);
    }

    private static boolean open(AppealRow r, ZonedDateTime at) {
        if (!r.createdAt().isBefore(at)) {
            return false;
        }
        boolean openNow = r.status() == AppealStatus.PENDING || r.status() == AppealStatus.ACCEPTED;
        return openNow || !r.resolvedAt().isBefore(at);
    }

    private static boolean overdue(AppealRow r, ZonedDateTime at) {
        return open(r, at) && r.dueAt().isBefore(at);
    }

    private static boolean within(ZonedDateTime t, DigestWindow w) {
        return t != null && !t.isBefore(w.start()) && t.isBefore(w.end());
    }

    private static long count(List<AppealRow> list, Predicate<AppealRow> p) {
        return list.stream().filter(p).count();
    }

    private static Predicate<AppealRow> in(DigestScope scope) {
        return r -> (scope.groupCode() == null || scope.groupCode().equals(r.groupCode()))
                && (scope.departmentCode() == null || scope.departmentCode().equals(r.departmentCode()));
    }
}
