package cn.xuanhua.bot.core.digest;

import java.util.List;
import java.util.Objects;

/**
 * A group's weekly digest: the week's numbers, the four rates, the top categories, the overdue appeals and, for
 * the coordination group (district-wide), the rankings of district departments and of township offices.
 *
 * @param groupCode       the group it is for
 * @param groupName       that group's name
 * @param period          the ISO week
 * @param window          the moments counted (the week, and {@code asOf} for open and overdue)
 * @param district        true for the coordination group's digest, which covers every group
 * @param counts          the numbers of the whole scope
 * @param rates           the four rates of {@code counts}
 * @param topCategories   the most frequent categories of the week's new appeals, most first
 * @param overdueAppeals  overdue appeals at {@code asOf}, earliest due first (at most a page; the total is
 *                        {@code counts.overdue()})
 * @param departments     the ranking of district departments and utilities (district digest only, else empty)
 * @param townships       the ranking of township and street offices (district digest only, else empty)
 */
public record WeeklyDigest(String groupCode, String groupName, DigestPeriod period, DigestWindow window,
                           boolean district, DigestCounts counts, Rates rates, List<CategoryCount> topCategories,
                           List<OverdueAppeal> overdueAppeals, List<DepartmentRank> departments,
                           List<DepartmentRank> townships, long businesses) {

    public WeeklyDigest {
        Objects.requireNonNull(groupCode, "groupCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(rates, "rates");
        topCategories = List.copyOf(topCategories);
        overdueAppeals = List.copyOf(overdueAppeals);
        departments = List.copyOf(departments);
        townships = List.copyOf(townships);
    }

    /** The ISO week, e.g. {@code 2026-W47}. */
    public String isoWeek() {
        return period.isoWeek();
    }

    /** True for this week so far (周报 本周). */
    public boolean partial() {
        return window.partial();
    }
}
