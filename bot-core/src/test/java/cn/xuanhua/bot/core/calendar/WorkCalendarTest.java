package cn.xuanhua.bot.core.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkCalendarTest {

    private final WorkCalendar calendar = OfficialCalendar.calendar();

    @Test
    void seedHoldsAllRowsOfTheReferenceTable() {
        assertThat(OfficialCalendar.exceptions()).hasSize(142);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2023-09-28, 1, 2023-10-07",
            "2023-08-04, 15, 2023-08-25",
            "2024-02-07, 5, 2024-02-20",
            "2025-01-24, 3, 2025-02-05",
            "2026-09-30, 2, 2026-10-09",
            "2023-08-04, 5, 2023-08-11",
            "2023-08-05, 1, 2023-08-07",
            "2024-02-03, 1, 2024-02-04",
            "2024-02-09, 1, 2024-02-18",
            "2026-02-13, 1, 2026-02-14",
            "2026-02-14, 1, 2026-02-24",
            "2025-12-31, 1, 2026-01-04",
            "2023-04-28, 1, 2023-05-04",
            "2023-08-04, 0, 2023-08-04",
            "2023-10-09, -1, 2023-10-08",
            "2023-10-07, -1, 2023-09-28",
    })
    void countsWorkingDaysOnTheOfficialCalendar(LocalDate from, int n, LocalDate expected) {
        assertThat(calendar.plusWorkingDays(from, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} working days")
    @CsvSource({"2023, 249", "2024, 251", "2025, 248", "2026, 248"})
    void workingDaysPerYearMatchTheOfficialCount(int year, int expected) {
        assertThat(calendar.workingDaysIn(year)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is a make-up working day")
    @CsvSource({"2023-01-28", "2023-10-07", "2023-10-08", "2024-02-04", "2024-02-18", "2024-09-14", "2024-10-12",
            "2025-01-26", "2025-02-08", "2025-09-28", "2025-10-11", "2026-01-04", "2026-02-14", "2026-02-28",
            "2026-05-09", "2026-09-20", "2026-10-10"})
    void makeUpWeekendDaysAreWorkingDays(LocalDate day) {
        assertThat(day.getDayOfWeek().getValue()).isGreaterThanOrEqualTo(6);
        assertThat(calendar.isWorkingDay(day)).isTrue();
    }

    @ParameterizedTest(name = "{0} is off")
    @CsvSource({"2023-10-02", "2023-09-29", "2024-02-16", "2025-02-04", "2026-02-23", "2026-10-07", "2023-08-05",
            "2023-08-06", "2025-06-02", "2026-01-02"})
    void statutoryHolidaysAndOrdinaryWeekendsAreOff(LocalDate day) {
        assertThat(calendar.isWorkingDay(day)).isFalse();
    }

    @Test
    void arrangedYearsAreNotProvisionalAndOthersAre() {
        assertThat(calendar.isProvisional(parse("2023-01-01"))).isFalse();
        assertThat(calendar.isProvisional(parse("2026-12-31"))).isFalse();
        assertThat(calendar.isProvisional(parse("2022-12-31"))).isTrue();
        assertThat(calendar.isProvisional(parse("2027-01-04"))).isTrue();
    }

    @Test
    void provisionalYearFallsBackToWeekendsAndFixedDateHolidays() {
        // 2027: 1/1 Fri, 5/1 Sat, 5/2 Sun, 10/1 Fri, 10/2 Sat, 10/3 Sun; 春节 (2/6) gets no extra day off.
        assertThat(calendar.isWorkingDay(parse("2027-01-01"))).isFalse();
        assertThat(calendar.isWorkingDay(parse("2027-10-01"))).isFalse();
        assertThat(calendar.isWorkingDay(parse("2027-10-04"))).isTrue();
        assertThat(calendar.isWorkingDay(parse("2027-02-08"))).isTrue();
        assertThat(calendar.plusWorkingDays(parse("2026-12-31"), 1)).isEqualTo(parse("2027-01-04"));
        assertThat(calendar.plusWorkingDays(parse("2027-04-30"), 1)).isEqualTo(parse("2027-05-03"));
        // 2028: 5/1 Mon and 5/2 Tue off.
        assertThat(calendar.plusWorkingDays(parse("2028-04-28"), 1)).isEqualTo(parse("2028-05-03"));
    }

    @Test
    void storedExceptionsOutsideArrangedYearsStillApply() {
        WorkCalendar c = new WorkCalendar(List.of(new CalendarException(parse("2030-03-02"), DayType.WORK, null)), Set.of());
        assertThat(c.isWorkingDay(parse("2030-03-02"))).isTrue();
        assertThat(c.isProvisional(parse("2030-03-02"))).isTrue();
    }

    @Test
    void workingDaysBetweenIsTheInverseOfPlusWorkingDays() {
        LocalDate from = parse("2023-09-20");
        for (int n = -30; n <= 60; n++) {
            assertThat(calendar.workingDaysBetween(from, calendar.plusWorkingDays(from, n))).isEqualTo(n);
        }
    }

    @Test
    void lastBeforeAndFirstAfterSkipWholeHolidayBlocks() {
        assertThat(calendar.lastWorkingDayBefore(parse("2023-09-29"))).isEqualTo(parse("2023-09-28"));
        assertThat(calendar.firstWorkingDayAfter(parse("2023-10-06"))).isEqualTo(parse("2023-10-07"));
        assertThat(calendar.firstWorkingDayAfter(parse("2025-10-08"))).isEqualTo(parse("2025-10-09"));
    }

    @ParameterizedTest(name = "{0} {1}: off {2}..{3}")
    @CsvSource({
            "元旦, 2023, 2022-12-31, 2023-01-02",
            "春节, 2023, 2023-01-21, 2023-01-27",
            "清明, 2023, 2023-04-05, 2023-04-05",
            "劳动节, 2023, 2023-04-29, 2023-05-03",
            "端午, 2023, 2023-06-22, 2023-06-24",
            "中秋, 2023, 2023-09-29, 2023-10-06",
            "国庆, 2023, 2023-09-29, 2023-10-06",
            "元旦, 2024, 2023-12-30, 2024-01-01",
            "春节, 2024, 2024-02-10, 2024-02-17",
            "清明, 2024, 2024-04-04, 2024-04-06",
            "劳动节, 2024, 2024-05-01, 2024-05-05",
            "端午, 2024, 2024-06-08, 2024-06-10",
            "中秋, 2024, 2024-09-15, 2024-09-17",
            "国庆, 2024, 2024-10-01, 2024-10-07",
            "元旦, 2025, 2025-01-01, 2025-01-01",
            "春节, 2025, 2025-01-28, 2025-02-04",
            "清明, 2025, 2025-04-04, 2025-04-06",
            "劳动节, 2025, 2025-05-01, 2025-05-05",
            "端午, 2025, 2025-05-31, 2025-06-02",
            "中秋, 2025, 2025-10-01, 2025-10-08",
            "国庆, 2025, 2025-10-01, 2025-10-08",
            "元旦, 2026, 2026-01-01, 2026-01-03",
            "春节, 2026, 2026-02-15, 2026-02-23",
            "清明, 2026, 2026-04-04, 2026-04-06",
            "劳动节, 2026, 2026-05-01, 2026-05-05",
            "端午, 2026, 2026-06-19, 2026-06-21",
            "中秋, 2026, 2026-09-25, 2026-09-27",
            "国庆, 2026, 2026-10-01, 2026-10-07",
    })
    void festivalBlocksCoverTheWholeRunOfDaysOff(Festival festival, int year, LocalDate first, LocalDate last) {
        assertThat(calendar.daysOff(festival, year)).isEqualTo(new DayRange(first, last));
    }

    @Test
    void festivalDatesComeFromTheLunarCalendarForAnyYear() {
        assertThat(Festival.春节.dateIn(2027)).isEqualTo(parse("2027-02-06"));
        assertThat(Festival.春节.dateIn(2024)).isEqualTo(parse("2024-02-10"));
        assertThat(Festival.端午.dateIn(2025)).isEqualTo(parse("2025-05-31"));
        assertThat(Festival.中秋.dateIn(2023)).isEqualTo(parse("2023-09-29"));
        assertThat(Festival.中秋.dateIn(2028)).isEqualTo(parse("2028-10-03"));
        assertThat(Festival.清明.dateIn(2026)).isEqualTo(parse("2026-04-05"));
        assertThat(Festival.清明.dateIn(2024)).isEqualTo(parse("2024-04-04"));
        assertThat(Festival.国庆.dateIn(2031)).isEqualTo(parse("2031-10-01"));
    }

    @Test
    void springFestival2027IsComputedOnTheProvisionalCalendar() {
        // 2027-02-06 is a Saturday; with no arrangement only the weekend is off.
        DayRange off = calendar.daysOff(Festival.春节, 2027);
        assertThat(off).isEqualTo(new DayRange(parse("2027-02-06"), parse("2027-02-07")));
        assertThat(calendar.lastWorkingDayBefore(off.first())).isEqualTo(parse("2027-02-05"));
        assertThat(calendar.isProvisional(off.first())).isTrue();
    }

    @Test
    void festivalOnAProvisionalWorkingDayIsASingleDayBlock() {
        // 中秋 2027 is Wednesday 09-15 and no arrangement gives it a day off yet.
        assertThat(calendar.daysOff(Festival.中秋, 2027)).isEqualTo(new DayRange(parse("2027-09-15"), parse("2027-09-15")));
    }

    @ParameterizedTest(name = "{0} said {1} -> off {2}..")
    @CsvSource({
            "元旦, 2023-08-04, 2023-12-30",
            "国庆, 2023-10-03, 2023-09-29",
            "国庆, 2023-10-07, 2024-10-01",
            "春节, 2023-12-15, 2024-02-10",
            "春节, 2024-01-20, 2024-02-10",
            "春节, 2024-02-17, 2024-02-10",
            "春节, 2024-02-18, 2025-01-28",
            "元旦, 2023-01-01, 2022-12-31",
            "元旦, 2023-12-31, 2023-12-30",
    })
    void nextDaysOffIsTheNearestBlockNotYetOver(Festival festival, LocalDate said, LocalDate first) {
        assertThat(calendar.nextDaysOff(festival, said).first()).isEqualTo(first);
    }

    @Test
    void datesOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> calendar.isWorkingDay(parse("2200-01-01"))).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> calendar.plusWorkingDays(parse("2199-12-30"), 5)).isInstanceOf(DateTimeException.class);
    }
}
