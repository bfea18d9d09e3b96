package cn.xuanhua.bot.core.digest;


import java.util.List;

/**
 * The numbers of weekly digests, counted by the database (aggregates over the time columns of {@code appeal},
 * each on its index), never by loading appeals. Implemented by persistence.
 *
 * <p>Definitions (docs/rates.md), for the appeals of {@code scope}:
 * created / accepted / resolved / rated = {@code created_at} / {@code accepted_at} / {@code resolved_at} /
 * {@code rated_at} in {@code [window.start, window.end)}; open at {@code window.asOf} = created before it and
 * either PENDING/ACCEPTED now or resolved at or after it; overdue = open and {@code due_at} before it.
 */
public interface DigestQueries {

    /** The counts of the window per department holding the appeals; departments with nothing to count are left out. */
    List<DepartmentCounts> countsByDepartment(DigestScope scope, DigestWindow window);

    /**
     * For a window of whole, complete weeks (a trend), the scope's counts of each week, first week first, in one pass
     * per time column: created and respondedInTime (every one judged: {@code responseDue = created}), resolved,
     * resolvedOnTime, resolvedNotReopened, rated and satisfied, so the four rates; accepted, open and overdue are not
     * counted (0) — a trend shows the rates and the flow of new and resolved appeals.
     */
    List<DigestCounts> weeklyTotals(DigestScope scope, DigestWindow weeks);

    /**
     * The businesses behind the appeals created in the window: each appeal's writer and each owner who joined it by
     * 并单 (an outage reported by ten shops is one appeal and ten businesses).
     */
    long businessesTouched(DigestScope scope, DigestWindow window);

    /** The most frequent categories of the appeals created in the window, most first, at most {@code limit}. */
    List<CategoryCount> topCategories(DigestScope scope, DigestWindow window, int limit);

    /**
     * The appeals created in the window per group they were written in and category, for where problems cluster
     * (groups and categories with none are left out).
     */
    List<GroupCategoryCount> categoriesByGroup(DigestScope scope, DigestWindow window);

    /** Appeals overdue at {@code window.asOf()}, earliest due first, at most {@code limit}. */
    List<OverdueAppeal> overdueAppeals(DigestScope scope, DigestWindow window, int limit);
}
