package cn.xuanhua.bot.core.digest;

import cn.xuanhua.bot.core.error.InvalidInputException;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Month and quarter reports of the whole district, counted by the same SQL aggregates and ranked by the same code
 * as the coordination group's weekly digest ({@link DigestBuilder#figures}); only the window is longer.
 */
public final class PeriodReports {
    /** More categories than the dictionary holds: a report lists them all. */
    static final int ALL_CATEGORIES = 1000;

    private final DigestBuilder builder;
    private final DigestQueries queries;

    public PeriodReports(DigestBuilder builder, DigestQueries queries) {
        this.builder = builder;
        this.queries = queries;
    }

    /**
     * The report of {@code period} as seen at {@code now}: a past period as of its end, the running one up to now.
     *
     * @throws InvalidInputException when the period has not begun
     */
    public PeriodReport report(ReportPeriod period, ZonedDateTime now) {
        if (!period.begunBy(now)) {
            throw new InvalidInputException(period.name() + " 尚未开始, 没有可统计的诉求");
        }
        DigestWindow window = builder.window(period, now);
        DigestScope district = DigestScope.everyGroup();
        RankedCounts ranked = builder.figures(district, window);
        List<CategoryCount> categories = queries.topCategories(district, window, ALL_CATEGORIES);
        return new PeriodReport(period, window, ranked, categories);
    }
}
