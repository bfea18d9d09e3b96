package cn.xuanhua.bot.admin.report;

import cn.xuanhua.bot.core.digest.CategoryCount;
import cn.xuanhua.bot.core.digest.DepartmentRank;
import cn.xuanhua.bot.core.digest.DigestCounts;
import cn.xuanhua.bot.core.digest.PeriodReport;

import java.util.List;

/**
 * A month's (or quarter's) report as {@code GET /api/reports/monthly} answers it (docs/api.md): departments and
 * township offices in the order of the coordination digest's ranking, then every category. Rates are fractions
 * 0..1, null when there was nothing to count. The workbook and the console page show the same view.
 *
 * @param month       the period's name ({@code 2026-11}; {@code 2026-Q4} for a quarter on the console page)
 * @param departments district departments and utilities
 * @param townships   township and street offices
 * @param categories  the categories of the appeals created, most first
 */
public record PeriodReportView(String month, List<Unit> departments, List<Unit> townships,
                               List<Category> categories) {

    /** One department's or township office's figures. */
    public record Unit(String code, String name, long created, long accepted, long resolved, long overdue,
                       Double responseRate, Double onTimeRate, Double resolutionRate, Double satisfactionRate) {
        static Unit of(DepartmentRank r) {
            DigestCounts c = r.counts();
            return new Unit(r.departmentCode(), r.departmentName(), c.created(), c.accepted(), c.resolved(),
                    c.overdue(), r.rates().responseRate(), r.rates().onTimeRate(), r.rates().resolutionRate(),
                    r.rates().satisfactionRate());
        }
    }

    /** {@code category} is the name people read. */
    public record Category(String category, long count) {
        static Category of(CategoryCount c) {
            return new Category(c.categoryName(), c.count());
        }
    }

    public static PeriodReportView of(PeriodReport r) {
        return new PeriodReportView(r.period().name(),
                r.ranked().departments().stream().map(Unit::of).toList(),
                r.ranked().townships().stream().map(Unit::of).toList(),
                r.categories().stream().map(Category::of).toList());
    }
}
