package cn.xuanhua.bot.core.digest;

import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.support.FakeDepartments;
import cn.xuanhua.bot.core.support.WeekdaysOnly;
import org.junit.jupiter.api.Test;

import static cn.xuanhua.bot.core.appeal.Satisfaction.DISSATISFIED;
import static cn.xuanhua.bot.core.appeal.Satisfaction.SATISFIED;
import static cn.xuanhua.bot.core.digest.AppealRow.anAppeal;
import static cn.xuanhua.bot.core.digest.AppealRow.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Month and quarter reports of hand-made appeals in October and November 2026. */
class PeriodReportsTest {
    private final InMemoryDigestQueries queries = new InMemoryDigestQueries();
    private final DigestBuilder builder = new DigestBuilder(queries, new FakeDepartments(), new WeekdaysOnly(), 1);
    private final PeriodReports reports = new PeriodReports(builder, queries);

    private void october() {
        queries.add(
                // 城管局: accepted in time, resolved on time, rated 满意.
                anAppeal("1001").department("urban").createdAt("2026-10-12T09:00").acceptedAt("2026-10-12T10:00")
                        .resolvedAt("2026-10-14T10:00").rated(SATISFIED, "2026-10-15T09:00").build(),
                // 城管局: accepted late (Friday 10:00 → by Monday 10:00), still open, due in October: overdue.
                anAppeal("1002").department("urban").createdAt("2026-10-16T10:00").dueAt("2026-10-20T10:00")
                        .acceptedAt("2026-10-19T11:00").build(),
                // 南关街道: resolved after its due date, then 不满意.
                anAppeal("1003").department("office-nanguan").category("road").createdAt("2026-10-20T09:00")
                        .dueAt("2026-10-21T09:00").acceptedAt("2026-10-20T09:30").resolvedAt("2026-10-22T09:00")
                        .rated(DISSATISFIED, "2026-10-23T09:00").build());
    }

    private void november() {
        queries.add(
                anAppeal("1101").department("urban").createdAt("2026-11-02T09:00").acceptedAt("2026-11-02T09:30")
                        .resolvedAt("2026-11-03T09:00").build(),
                anAppeal("1102").department("hrss").category("wages").createdAt("2026-11-05T09:00").build());
    }

    @Test
    void aMonthCountsAndRanksEveryDepartmentAsTheDigestDoes() {
        october();
        november();

        PeriodReport r = reports.report(ReportPeriod.month("2026-10"), at("2026-11-26T10:00"));

        assertThat(r.partial()).isFalse();
        assertThat(r.ranked().total().created()).isEqualTo(3);
        assertThat(r.ranked().departments()).extracting(DepartmentRank::departmentCode).containsExactly("urban");
        DepartmentRank urban = r.ranked().departments().get(0);
        assertThat(urban.departmentName()).isEqualTo("城市管理局");
        assertThat(urban.counts().created()).isEqualTo(2);
        assertThat(urban.counts().accepted()).isEqualTo(2);
        assertThat(urban.counts().resolved()).isEqualTo(1);
        assertThat(urban.counts().overdue()).as("open at the month's end and past due").isEqualTo(1);
        assertThat(urban.rates().responseRate()).isEqualTo(0.5);
        assertThat(urban.rates().onTimeRate()).isEqualTo(1.0);
        assertThat(urban.rates().satisfactionRate()).isEqualTo(1.0);
        DepartmentRank nanguan = r.ranked().townships().get(0);
        assertThat(nanguan.departmentCode()).isEqualTo("office-nanguan");
        assertThat(nanguan.rates().onTimeRate()).isEqualTo(0.0);
        assertThat(nanguan.rates().resolutionRate()).isEqualTo(0.0);
        assertThat(nanguan.rates().satisfactionRate()).isEqualTo(0.0);
        assertThat(r.categories()).containsExactly(new CategoryCount("municipal", "municipal", 2),
                new CategoryCount("road", "road", 1));
    }

    @Test
    void theRankingIsTheCoordinationDigestsForTheSameWindow() {
        october();

        PeriodReport month = reports.report(ReportPeriod.month("2026-10"), at("2026-11-26T10:00"));
        RankedCounts direct = builder.figures(DigestScope.everyGroup(),
                builder.window(ReportPeriod.month("2026-10"), at("2026-11-26T10:00")));

        assertThat(month.ranked()).isEqualTo(direct);
    }

    @Test
    void aQuarterSumsItsMonthsAndRecomputesTheRatesFromTheSums() {
        october();
        november();

        PeriodReport quarter = reports.report(ReportPeriod.quarter("2026-Q4"), at("2026-11-26T10:00"));
        DepartmentRank urban = quarter.ranked().departments().stream()
                .filter(d -> d.departmentCode().equals("urban")).findFirst().orElseThrow();

        DigestCounts summed = DigestCounts.NONE;
        for (ReportPeriod m : ReportPeriod.quarter("2026-Q4").months()) {
            if (m.begunBy(at("2026-11-26T10:00"))) {
                summed = summed.plus(reports.report(m, at("2026-11-26T10:00")).ranked().departments().stream()
                        .filter(d -> d.departmentCode().equals("urban")).findFirst()
                        .map(DepartmentRank::counts).orElse(DigestCounts.NONE));
            }
        }
        assertThat(urban.counts().created()).isEqualTo(summed.created()).isEqualTo(3);
        assertThat(urban.counts().respondedInTime()).isEqualTo(summed.respondedInTime()).isEqualTo(2);
        assertThat(urban.counts().resolved()).isEqualTo(summed.resolved()).isEqualTo(2);
        // 2 of 3 in time over the quarter, not the mean of October's 50% and November's 100%.
        assertThat(urban.rates().responseRate()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(quarter.partial()).isTrue();
        assertThat(quarter.categories()).extracting(CategoryCount::count).containsExactly(3L, 1L, 1L);
    }

    @Test
    void aMonthNotBegunIsRefused() {
        assertThatThrownBy(() -> reports.report(ReportPeriod.month("2026-12"), at("2026-11-26T10:00")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("尚未开始");
    }
}
