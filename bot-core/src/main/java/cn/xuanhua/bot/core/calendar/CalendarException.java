package cn.xuanhua.bot.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the official arrangement: a day that is not what the Monday–Friday rule says.
 *
 * @param day      the day
 * @param type     {@link DayType#OFF} for a statutory day off, {@link DayType#WORK} for a make-up working day
 * @param festival the festival the notice lists it under (e.g. "中秋·国庆"), may be null
 */
public record CalendarException(LocalDate day, DayType type, String festival) {
    public CalendarException {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(type, "type");
    }
}
