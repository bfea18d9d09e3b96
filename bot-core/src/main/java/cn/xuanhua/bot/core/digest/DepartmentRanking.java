package cn.xuanhua.bot.core.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Ranks departments by their week: the mean of their four rates (rates with nothing to count left out), then
 * fewer overdue appeals, then more new appeals. Departments with no rate at all (only open appeals) come last.
 * Equal keys share a rank (1, 2, 2, 4).
 */
final class DepartmentRanking {
    private static final Comparator<DepartmentCounts> ORDER = Comparator
            .comparing((DepartmentCounts d) -> d.counts().rates().score(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparingLong(d -> d.counts().overdue())
            .thenComparing(d -> d.counts().created(), Comparator.reverseOrder());

    private DepartmentRanking() {
    }

    /** {@code rows} ranked; {@code names} gives a department's short name. */
    static List<DepartmentRank> rank(List<DepartmentCounts> rows, Function<String, String> names) {
        List<DepartmentCounts> sorted = rows.stream()
                .sorted(ORDER.thenComparing(DepartmentCounts::departmentCode)).toList();
        List<DepartmentRank> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            DepartmentCounts d = sorted.get(i);
            boolean tie = i > 0 && ORDER.compare(sorted.get(i - 1), d) == 0;
            int rank = tie ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new DepartmentRank(rank, d.departmentCode(), names.apply(d.departmentCode()), d.counts(),
                    d.counts().rates()));
        }
        return ranked;
    }
}
