package cn.xuanhua.bot.core.support;

import cn.xuanhua.bot.core.appeal.WorkingDays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working days for tests: Monday to Friday, minus the given days off. */
public final class WeekdaysOnly implements WorkingDays {
    private final Set<LocalDate> daysOff;

    public WeekdaysOnly(LocalDate... daysOff) {
        this.daysOff = Set.of(daysOff);
    }

    @Override
    public LocalDate plus(LocalDate from, int n) {
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !daysOff.contains(day);
    }
}
