package cn.xuanhua.bot.core.appeal;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Working-day arithmetic on the official calendar (statutory days off, make-up weekend days). The appeal needs
 * only this much of the work calendar, so any calendar can plug in: {@code workCalendar::plusWorkingDays}.
 */
@FunctionalInterface
public interface WorkingDays {

    /**
     * The {@code n}-th working day after {@code from}, {@code from} itself not counted ({@code n = 0} gives
     * {@code from}); the same counting as {@code N个工作日内}.
     */
    LocalDate plus(LocalDate from, int n);

    /** {@link #plus(LocalDate, int)} keeping the time of day: "N working days from this moment". */
    default ZonedDateTime plus(ZonedDateTime from, int n) {
        return ZonedDateTime.of(plus(from.toLocalDate(), n), from.toLocalTime(), from.getZone());
    }
}
