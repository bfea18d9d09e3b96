package cn.xuanhua.bot.core.digest;

import java.util.List;
import java.util.Objects;

/**
 * The district's report of a month or a quarter (the 营商环境 evaluation): the counts of every department and
 * township office, ranked as in the coordination digest, and the categories of the appeals made. A quarter is
 * counted over its three months at once, which sums their counts; its rates come from the summed counts.
 *
 * @param period      the month or quarter
 * @param window      the moments counted (open and overdue at its end, or now while it runs)
 * @param ranked      the district's total and the two rankings
 * @param categories  every category of the appeals created in the period, most first
 */
public record PeriodReport(ReportPeriod period, DigestWindow window, RankedCounts ranked,
                           List<CategoryCount> categories) {

    public PeriodReport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(ranked, "ranked");
        categories = List.copyOf(categories);
    }

    /** True while the period is still running (counted up to now). */
    public boolean partial() {
        return window.partial();
    }
}
