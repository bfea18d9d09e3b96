package cn.xuanhua.bot.core.digest;

import cn.xuanhua.bot.core.Secret;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupBinding;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.support.FakeDepartments;
import cn.xuanhua.bot.core.support.WeekdaysOnly;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.xuanhua.bot.core.appeal.Satisfaction.BASICALLY_SATISFIED;
import static cn.xuanhua.bot.core.appeal.Satisfaction.DISSATISFIED;
import static cn.xuanhua.bot.core.appeal.Satisfaction.SATISFIED;
import static cn.xuanhua.bot.core.digest.AppealRow.anAppeal;
import static cn.xuanhua.bot.core.digest.AppealRow.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Digests of hand-made weeks, all in 2026-W47 (Monday 16 to Sunday 22 November 2026). */
class WeeklyDigestTest {
    private static final DigestPeriod W47 = DigestPeriod.parse("2026-W47");
    private static final ChatGroup NANGUAN = group("tw-nanguan", GroupKind.TOWNSHIP, "office-nanguan");
    private static final ChatGroup COORD = group("coord", GroupKind.COORDINATION, "approval");

    private final InMemoryDigestQueries queries = new InMemoryDigestQueries();
    private final DigestBuilder builder = new DigestBuilder(queries, new FakeDepartments(), new WeekdaysOnly(), 1);

    private static ChatGroup group(String code, GroupKind kind, String lead) {
        return new ChatGroup(code, code + "群", kind, null, Secret.empty(), GroupBinding.WEBHOOK, null, lead);
    }

    private WeeklyDigest lastWeek(ChatGroup group) {
        return builder.build(group, W47, at("2026-11-23T09:00"));
    }

    @Test
    void theScriptedWeekGivesTheContractsNumbers() {
        queries.add(
                anAppeal("0001").createdAt("2026-11-16T09:00").acceptedAt("2026-11-16T11:00")
                        .resolvedAt("2026-11-18T15:00").rated(SATISFIED, "2026-11-19T10:00").build(),
                anAppeal("0002").createdAt("2026-11-17T10:00").acceptedAt("2026-11-18T09:30").build(),
                anAppeal("0003").createdAt("2026-11-18T14:00").build());

        WeeklyDigest d = lastWeek(NANGUAN);

        assertThat(d.counts().created()).isEqualTo(3);
        assertThat(d.counts().accepted()).isEqualTo(2);
        assertThat(d.counts().resolved()).isEqualTo(1);
        assertThat(d.counts().open()).isEqualTo(2);
        assertThat(d.counts().overdue()).isZero();
        assertThat(d.rates().responseRate()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(d.rates().onTimeRate()).isEqualTo(1.0);
        assertThat(d.rates().resolutionRate()).isEqualTo(1.0);
        assertThat(d.rates().satisfactionRate()).isEqualTo(1.0);
        assertThat(d.topCategories()).containsExactly(new CategoryCount("municipal", "municipal", 3));
        assertThat(d.district()).isFalse();
        assertThat(d.departments()).isEmpty();
        assertThat(d.partial()).isFalse();
    }

    @Test
    void anEmptyWeekCountsZeroAndHasNoRates() {
        queries.add(anAppeal("0009").createdAt("2026-11-09T10:00").acceptedAt("2026-11-09T11:00")
                .resolvedAt("2026-11-10T10:00").rated(SATISFIED, "2026-11-11T10:00").build());

        WeeklyDigest d = lastWeek(NANGUAN);

        assertThat(d.counts()).isEqualTo(DigestCounts.NONE);
        assertThat(d.rates()).isEqualTo(new Rates(null, null, null, null));
        assertThat(d.topCategories()).isEmpty();
        assertThat(d.overdueAppeals()).isEmpty();
    }

    @Test
    void theResponseLimitIsOneWorkingDayKeepingTheTimeOfDay() {
        queries.add(
                // Friday 10:00 → by Monday 10:00
                anAppeal("0001").createdAt("2026-11-20T10:00").acceptedAt("2026-11-23T10:00").build(),
                anAppeal("0002").createdAt("2026-11-20T10:00").acceptedAt("2026-11-23T10:01").build(),
                // Saturday → by Monday at the same time
                anAppeal("0003").createdAt("2026-11-21T16:00").acceptedAt("2026-11-23T15:59").build(),
                // Monday 10:00 → by Tuesday 10:00
                anAppeal("0004").createdAt("2026-11-16T10:00").acceptedAt("2026-11-17T10:30").build());

        WeeklyDigest d = lastWeek(NANGUAN);

        assertThat(d.counts().created()).isEqualTo(4);
        assertThat(d.counts().respondedInTime()).isEqualTo(2);
        assertThat(d.counts().accepted()).as("accepted within the week").isEqualTo(1);
    }

    @Test
    void aDayOffStretchesTheResponseLimit() {
        DigestBuilder withHoliday = new DigestBuilder(queries, new FakeDepartments(),
                new WeekdaysOnly(LocalDate.of(2026, 11, 17)), 1);
        queries.add(anAppeal("0001").createdAt("2026-11-16T10:00").acceptedAt("2026-11-18T09:00").build());

        WeeklyDigest d = withHoliday.build(NANGUAN, W47, at("2026-11-23T09:00"));

        assertThat(d.rates().responseRate()).isEqualTo(1.0);
    }

    @Test
    void resolvedLateOrReopenedOrRatedBadlyLowersItsOwnRateOnly() {
        queries.add(
                anAppeal("0001").createdAt("2026-11-09T10:00").dueAt("2026-11-16T17:00")
                        .acceptedAt("2026-11-09T11:00").resolvedAt("2026-11-17T10:00").build(),
                anAppeal("0002").createdAt("2026-11-10T10:00").acceptedAt("2026-11-10T11:00")
                        .resolvedAt("2026-11-16T10:00").rated(DISSATISFIED, "2026-11-16T12:00").build(),
                anAppeal("0003").createdAt("2026-11-10T10:00").acceptedAt("2026-11-10T11:00")
                        .resolvedAt("2026-11-12T10:00").rated(BASICALLY_SATISFIED, "2026-11-18T12:00").build());

        WeeklyDigest d = lastWeek(NANGUAN);

        assertThat(d.counts().created()).isZero();
        assertThat(d.rates().responseRate()).isNull();
        assertThat(d.counts().resolved()).isEqualTo(2);
        assertThat(d.rates().onTimeRate()).isEqualTo(0.5);
        assertThat(d.rates().resolutionRate()).isEqualTo(0.5);
        assertThat(d.counts().rated()).isEqualTo(2);
        assertThat(d.rates().satisfactionRate()).isEqualTo(0.5);
    }

    @Test
    void overdueMeansOpenAtTheWeeksEndAndPastItsDueDate() {
        queries.add(
                anAppeal("0001").createdAt("2026-11-02T10:00").dueAt("2026-11-09T10:00").build(),
                // resolved only after the week: still open at its end
                anAppeal("0002").createdAt("2026-11-03T10:00").dueAt("2026-11-10T10:00")
                        .acceptedAt("2026-11-03T11:00").resolvedAt("2026-11-24T10:00").build(),
                // resolved late but within the week: no longer open at its end
                anAppeal("0003").createdAt("2026-11-03T10:00").dueAt("2026-11-10T10:00")
                        .acceptedAt("2026-11-03T11:00").resolvedAt("2026-11-20T10:00").build(),
                // open and due after the week's end
                anAppeal("0004").createdAt("2026-11-20T10:00").dueAt("2026-11-27T10:00").build(),
                // created after the week
                anAppeal("0005").createdAt("2026-11-23T08:00").dueAt("2026-11-23T08:30").build());

        WeeklyDigest d = lastWeek(NANGUAN);

        assertThat(d.counts().open()).isEqualTo(3);
        assertThat(d.counts().overdue()).isEqualTo(2);
        assertThat(d.overdueAppeals()).extracting(OverdueAppeal::number)
                .containsExactly("XH20261116-0001", "XH20261116-0002");
    }

    @Test
    void thisWeekIsCountedUpToNow() {
        queries.add(anAppeal("0001").createdAt("2026-11-16T10:00").dueAt("2026-11-18T10:00").build());

        WeeklyDigest d = builder.build(NANGUAN, W47, at("2026-11-18T12:00"));

        assertThat(d.partial()).isTrue();
        assertThat(d.window().asOf()).isEqualTo(at("2026-11-18T12:00"));
        assertThat(d.counts().overdue()).isEqualTo(1);
    }

    @Test
    void aGroupsDigestCountsOnlyItsOwnAppeals() {
        queries.add(anAppeal("0001").createdAt("2026-11-16T10:00").build(),
                anAppeal("0002").group("ind-startup").createdAt("2026-11-16T10:00").build());

        assertThat(lastWeek(NANGUAN).counts().created()).isEqualTo(1);
        assertThat(lastWeek(COORD).counts().created()).isEqualTo(2);
    }

    @Test
    void aDepartmentGroupCountsItsDepartmentsAppeals() {
        queries.add(anAppeal("0001").department("hrss").createdAt("2026-11-16T10:00").build(),
                anAppeal("0002").group("ind-startup").department("hrss").createdAt("2026-11-16T10:00").build(),
                anAppeal("0003").createdAt("2026-11-16T10:00").build());

        assertThat(lastWeek(group("dept-hrss", GroupKind.DEPARTMENT, "hrss")).counts().created()).isEqualTo(2);
    }

    @Test
    void theCoordinationDigestRanksDepartmentsAndTownshipsApart() {
        queries.add(
                // 人社局: everything in time
                anAppeal("0001").department("hrss").createdAt("2026-11-16T10:00").acceptedAt("2026-11-16T11:00")
                        .resolvedAt("2026-11-17T10:00").rated(SATISFIED, "2026-11-17T12:00").build(),
                // 城市管理局: late answer, one overdue
                anAppeal("0002").department("urban").createdAt("2026-11-16T10:00").acceptedAt("2026-11-18T11:00").build(),
                anAppeal("0003").department("urban").createdAt("2026-11-09T10:00").dueAt("2026-11-13T10:00").build(),
                // 南关街道
                anAppeal("0004").department("office-nanguan").createdAt("2026-11-17T10:00")
                        .acceptedAt("2026-11-17T10:05").build());

        WeeklyDigest d = lastWeek(COORD);

        assertThat(d.district()).isTrue();
        assertThat(d.departments()).extracting(DepartmentRank::rank, DepartmentRank::departmentName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "人社局"),
                        org.assertj.core.groups.Tuple.tuple(2, "城市管理局"));
        assertThat(d.departments().get(1).counts().overdue()).isEqualTo(1);
        assertThat(d.departments().get(1).rates().responseRate()).isEqualTo(0.0);
        assertThat(d.townships()).singleElement().satisfies(t -> {
            assertThat(t.departmentName()).isEqualTo("南关街道");
            assertThat(t.rates().responseRate()).isEqualTo(1.0);
        });
        assertThat(d.counts().created()).isEqualTo(3);
        assertThat(d.counts().overdue()).isEqualTo(1);
    }

    @Test
    void departmentsWithEqualResultsShareARank() {
        queries.add(anAppeal("0001").department("hrss").createdAt("2026-11-16T10:00").acceptedAt("2026-11-16T11:00").build(),
                anAppeal("0002").department("urban").createdAt("2026-11-16T10:00").acceptedAt("2026-11-16T11:00").build(),
                anAppeal("0003").department("approval").createdAt("2026-11-16T10:00").build());

        assertThat(lastWeek(COORD).departments()).extracting(DepartmentRank::rank).containsExactly(1, 1, 3);
    }
}
