package cn.xuanhua.bot.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An inclusive run of days, e.g. a festival's block of days off.
 *
 * @param first the first day
 * @param last  the last day, not before {@code first}
 */
public record DayRange(LocalDate first, LocalDate last) {
    public DayRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last " + last + " is before first " + first);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
