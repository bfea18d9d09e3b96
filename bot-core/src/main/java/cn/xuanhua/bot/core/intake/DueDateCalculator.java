package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.calendar.WorkCalendar;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Sets an appeal's due date (docs/deadlines.md): the end of the category's time limit counted in working days
 * after the message's day, or the sender's stated deadline when that is earlier and still ahead.
 */
public final class DueDateCalculator {
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final WorkCalendar calendar;

    public DueDateCalculator(WorkCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * @param sentAt                when the message was sent
     * @param timeLimitWorkingDays  the category's time limit in working days (0 = by the end of the message's day)
     * @param stated                the deadline read from the text, if any
     */
    public DueDate compute(ZonedDateTime sentAt, int timeLimitWorkingDays, Optional<StatedDeadline> stated) {
        if (timeLimitWorkingDays < 0) {
            throw new IllegalArgumentException("time limit must not be negative: " + timeLimitWorkingDays);
        }
        ZonedDateTime local = sentAt.withZoneSameInstant(DeadlineReader.ZONE);
        ZonedDateTime byLimit = calendar.plusWorkingDays(local.toLocalDate(), timeLimitWorkingDays)
                .atTime(END_OF_DAY).atZone(DeadlineReader.ZONE);
        if (stated.isPresent()) {
            ZonedDateTime wanted = stated.get().at();
            if (wanted.isAfter(sentAt) && wanted.isBefore(byLimit)) {
                return new DueDate(wanted.withZoneSameInstant(DeadlineReader.ZONE), true);
            }
        }
        return new DueDate(byLimit, false);
    }
}
