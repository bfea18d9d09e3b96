package cn.xuanhua.bot.core.digest;

import cn.xuanhua.bot.core.appeal.WorkingDays;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The moments a digest query needs: the week {@code [start, end)}, the moment open and overdue appeals are counted
 * at, and for each day of the week how many calendar days an appeal created that day has to be accepted in.
 *
 * <p>The response limit is working days (1 by default), counted like the deadline watch counts it: an appeal
 * created at 10:00 must be accepted by 10:00 of the next working day ({@link WorkingDays#plus(ZonedDateTime, int)}).
 * Since that depends only on the day of creation, the week needs seven numbers, which the SQL adds to
 * {@code created_at}; the calendar itself stays in the bot.
 *
 * @param start        Monday 00:00
 * @param end          the next Monday 00:00 (exclusive)
 * @param asOf         when open and overdue appeals are counted: the week's end, or now for this week
 * @param responseDays every day of the window (seven for a week), the first first
 */
public record DigestWindow(ZonedDateTime start, ZonedDateTime end, ZonedDateTime asOf, List<ResponseDay> responseDays) {

    /**
     * Appeals created before {@code until} (and on or after the previous day's {@code until}) are answered in
     * time when accepted by {@code created_at + calendarDays}.
     */
    public record ResponseDay(ZonedDateTime until, int calendarDays) {
    }

    public DigestWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(asOf, "asOf");
        responseDays = List.copyOf(responseDays);
    }

    /**
     * The window of {@code period} seen at {@code now}: a past week is counted at its end, the current week at
     * {@code now}.
     */
    public static DigestWindow of(DigestPeriod period, ZonedDateTime now, WorkingDays workingDays,
                                  int responseLimitDays) {
        return of(ReportPeriod.of(period), now, workingDays, responseLimitDays);
    }

    /**
     * The window of any span of days (a week, a month, a quarter) seen at {@code now}: counted at its end when it is
     * over, at {@code now} while it runs. The response limit is worked out for each of its days.
     */
    public static DigestWindow of(ReportPeriod period, ZonedDateTime now, WorkingDays workingDays,
                                  int responseLimitDays) {
        ZoneId zone = now.getZone();
        ZonedDateTime end = period.end().atStartOfDay(zone);
        List<ResponseDay> days = new ArrayList<>();
        for (LocalDate day = period.first(); day.isBefore(period.end()); day = day.plusDays(1)) {
            LocalDate respondBy = workingDays.plus(day, responseLimitDays);
            days.add(new ResponseDay(day.plusDays(1).atStartOfDay(zone), (int) ChronoUnit.DAYS.between(day, respondBy)));
        }
        return new DigestWindow(period.start(zone), end, now.isBefore(end) ? now : end, days);
    }

    /** Whether the window is still running (a digest of this week, or a report of this month, so far). */
    public boolean partial() {
        return asOf.isBefore(end);
    }
}
