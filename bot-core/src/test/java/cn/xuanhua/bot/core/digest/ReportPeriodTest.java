package cn.xuanhua.bot.core.digest;

import cn.xuanhua.bot.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Months, quarters and weeks as spans of days (docs/rates.md). */
class ReportPeriodTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aMonthRunsFromItsFirstDayToTheFirstOfTheNext() {
        ReportPeriod november = ReportPeriod.month("2026-11");
        assertThat(november.name()).isEqualTo("2026-11");
        assertThat(november.first()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(november.end()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(november.last()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(november.start(SHANGHAI)).isEqualTo(ZonedDateTime.of(2026, 11, 1, 0, 0, 0, 0, SHANGHAI));
        assertThat(ReportPeriod.month("2026-12").end()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(ReportPeriod.month(" 2024-2 ").name()).isEqualTo("2024-02");
        assertThat(ReportPeriod.month("2024-02").last()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aQuarterIsThreeMonths() {
        ReportPeriod q4 = ReportPeriod.quarter("2026-Q4");
        assertThat(q4.first()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q4.end()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(q4.months()).extracting(ReportPeriod::name).containsExactly("2026-10", "2026-11", "2026-12");
        assertThat(ReportPeriod.quarter("2026-q1").name()).isEqualTo("2026-Q1");
        assertThat(ReportPeriod.quarter("2026-Q1").last()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ReportPeriod.quarterOf(LocalDate.of(2026, 11, 26))).isEqualTo(q4);
        assertThat(ReportPeriod.monthOf(LocalDate.of(2026, 11, 26))).isEqualTo(ReportPeriod.month("2026-11"));
    }

    @Test
    void aWeekIsSevenDaysFromMonday() {
        ReportPeriod w47 = ReportPeriod.of(DigestPeriod.parse("2026-W47"));
        assertThat(w47.name()).isEqualTo("2026-W47");
        assertThat(w47.first()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(w47.end()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2026-13", "2026-00", "abc", "2026/11", "2026-11-01", "1999-12", "2200-01", "26-11", "2026-W47"})
    void refusesWhatIsNotAMonth(String text) {
        assertThatThrownBy(() -> ReportPeriod.month(text)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("month");
    }

    @Test
    void saysWhatIsWrongWithAMonth() {
        assertThatThrownBy(() -> ReportPeriod.month("2026-13")).hasMessageContaining("1–12");
        assertThatThrownBy(() -> ReportPeriod.month(null)).hasMessageContaining("未填写");
        assertThatThrownBy(() -> ReportPeriod.month("1999-12")).hasMessageContaining("2000–2199");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2026-Q5", "2026-Q0", "2026-Q", "Q4", "2026-11", "2026Q4"})
    void refusesWhatIsNotAQuarter(String text) {
        assertThatThrownBy(() -> ReportPeriod.quarter(text)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("quarter");
    }

    @Test
    void aPeriodHasBegunFromItsFirstMidnight() {
        ReportPeriod december = ReportPeriod.month("2026-12");
        assertThat(december.begunBy(ZonedDateTime.of(2026, 11, 30, 23, 59, 0, 0, SHANGHAI))).isFalse();
        assertThat(december.begunBy(ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, SHANGHAI))).isTrue();
    }
}
