package cn.xuanhua.bot.core.digest;

import java.util.List;
import java.util.Objects;

/**
 * The counts of one scope and window, whole and ranked: the coordination digest's rankings, the dashboard's and
 * the month report's come from here, one implementation (docs/rates.md).
 *
 * @param total       the counts of the whole scope
 * @param departments district departments and utilities, ranked
 * @param townships   township and street offices, ranked
 */
public record RankedCounts(DigestCounts total, List<DepartmentRank> departments, List<DepartmentRank> townships) {

    public RankedCounts {
        Objects.requireNonNull(total, "total");
        departments = List.copyOf(departments);
        townships = List.copyOf(townships);
    }
}
