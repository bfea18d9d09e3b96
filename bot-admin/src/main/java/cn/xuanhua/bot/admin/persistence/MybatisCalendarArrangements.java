package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.calendar.CalendarException;
import cn.xuanhua.bot.core.calendar.DayType;
import cn.xuanhua.bot.core.calendar.CalendarArrangements;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link CalendarArrangements} on the {@code calendar_day} and {@code calendar_year} tables. */
@Repository
public class MybatisCalendarArrangements implements CalendarArrangements {
    private final CalendarDayMapper days;
    private final CalendarYearMapper years;

    public MybatisCalendarArrangements(CalendarDayMapper days, CalendarYearMapper years) {
        this.days = days;
        this.years = years;
    }

    @Override
    public List<CalendarException> exceptions() {
        return days.selectList(null).stream()
                .map(r -> new CalendarException(r.getCalendarDate(), DayType.valueOf(r.getDayType()), r.getFestival()))
                .toList();
    }

    @Override
    public Set<Integer> arrangedYears() {
        return years.selectList(null).stream().map(CalendarYearRecord::getYearNumber).collect(Collectors.toSet());
    }
}
