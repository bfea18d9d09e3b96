package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.calendar.OfficialCalendar;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DueDateCalculatorTest {

    private static final ZonedDateTime FRIDAY_10AM = ZonedDateTime.parse("2023-08-04T10:00:00+08:00[Asia/Shanghai]");

    private final DueDateCalculator calculator = new DueDateCalculator(OfficialCalendar.calendar());
    private final DeadlineReader reader = new DeadlineReader(OfficialCalendar.calendar());

    private static ZonedDateTime shanghai(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]");
    }

    @Test
    void withoutStatedDeadlineDueIsTheEndOfTheTimeLimitInWorkingDays() {
        DueDate due = calculator.compute(FRIDAY_10AM, 5, Optional.empty());
        assertThat(due).isEqualTo(new DueDate(shanghai("2023-08-11T23:59:59"), false));
    }

    @Test
    void earlierStatedDeadlineIsTakenAndMarksTheAppealUrgent() {
        Optional<StatedDeadline> stated = reader.read("3天内必须把营业执照变更办好", FRIDAY_10AM);
        DueDate due = calculator.compute(FRIDAY_10AM, 5, stated);
        assertThat(due).isEqualTo(new DueDate(shanghai("2023-08-07T23:59:59"), true));
    }

    @Test
    void statedClockTimeIsKeptWhenTaken() {
        Optional<StatedDeadline> stated = reader.read("明天上午10点前消防检查的人会来吗", FRIDAY_10AM);
        DueDate due = calculator.compute(FRIDAY_10AM, 5, stated);
        assertThat(due).isEqualTo(new DueDate(shanghai("2023-08-05T10:00:00"), true));
    }

    @Test
    void laterStatedDeadlineLeavesTheTimeLimitAndIsNotUrgent() {
        Optional<StatedDeadline> stated = reader.read("月底之前能不能把电费补贴发下来", FRIDAY_10AM);
        DueDate due = calculator.compute(FRIDAY_10AM, 5, stated);
        assertThat(due).isEqualTo(new DueDate(shanghai("2023-08-11T23:59:59"), false));
    }

    @Test
    void statedDeadlineEqualToTheLimitIsNotEarlierSoNotUrgent() {
        Optional<StatedDeadline> stated = reader.read("下周五前必须开业", FRIDAY_10AM);
        DueDate due = calculator.compute(FRIDAY_10AM, 5, stated);
        assertThat(due).isEqualTo(new DueDate(shanghai("2023-08-11T23:59:59"), false));
    }

    @Test
    void statedDeadlineAlreadyPastIsIgnored() {
        StatedDeadline past = new StatedDeadline(shanghai("2023-08-04T09:00:00"), true, "上午9点", "clock.today", false);
        assertThat(calculator.compute(FRIDAY_10AM, 5, Optional.of(past)))
                .isEqualTo(new DueDate(shanghai("2023-08-11T23:59:59"), false));
    }

    @Test
    void timeLimitSkipsHolidaysAndCountsMakeUpWeekendDays() {
        // 2023-09-28 Thu: 10-07 Sat and 10-08 Sun are make-up working days after the 中秋·国庆 block.
        DueDate due = calculator.compute(shanghai("2023-09-28T16:00:00"), 5, Optional.empty());
        assertThat(due.dueAt()).isEqualTo(shanghai("2023-10-11T23:59:59"));
    }

    @Test
    void messageOnAWeekendCountsFromTheNextWorkingDay() {
        DueDate due = calculator.compute(shanghai("2023-08-05T11:00:00"), 5, Optional.empty());
        assertThat(due.dueAt()).isEqualTo(shanghai("2023-08-11T23:59:59"));
    }

    @Test
    void messageDayIsTheDayInShanghaiWhateverZoneSentAtCarries() {
        // 18:00 UTC on Friday is 02:00 Saturday in Shanghai.
        DueDate due = calculator.compute(ZonedDateTime.parse("2023-08-04T18:00:00Z"), 1, Optional.empty());
        assertThat(due.dueAt()).isEqualTo(shanghai("2023-08-07T23:59:59"));
        assertThat(due.dueAt().getZone()).isEqualTo(DeadlineReader.ZONE);
    }

    @Test
    void zeroTimeLimitMeansTheEndOfTheMessagesDay() {
        assertThat(calculator.compute(FRIDAY_10AM, 0, Optional.empty()).dueAt()).isEqualTo(shanghai("2023-08-04T23:59:59"));
    }

    @Test
    void negativeTimeLimitIsRefused() {
        assertThatThrownBy(() -> calculator.compute(FRIDAY_10AM, -1, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
