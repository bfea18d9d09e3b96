package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.calendar.WorkCalendar;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the deadline a business owner states in a message (docs/deadlines.md), relative to the message's time
 * in Asia/Shanghai. Each family of expressions is one small rule; the reader runs only the rules whose anchor
 * characters occur in the text, attaches a clock time written right after a date, lets the longest expression
 * win where two overlap, drops past mentions and picks the earliest deadline still ahead.
 * <p>
 * Thread-safe and allocation-light: it is on the intake path of every group message.
 */
public final class DeadlineReader {
    /** The zone every date is read and written in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Comparator<Candidate> BY_POSITION =
            Comparator.comparingInt(Candidate::start).thenComparingInt(c -> -c.end());

    private final List<DeadlineRule> rules;

    public DeadlineReader(WorkCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        this.rules = List.of(new RelativeDayRule(), new CalendarDateRule(), new WeekdayRule(), new PeriodEndRule(),
                new WithinRule(calendar), new FestivalRule(calendar), new ClockTimes());
    }

    /**
     * @param text   the message text (masked or not)
     * @param sentAt when it was sent; relative words count from its day in Asia/Shanghai
     * @return the earliest deadline stated that is still ahead of {@code sentAt}, or empty when the text states
     *         none (no time words, only past mentions, "尽快")
     */
    public Optional<StatedDeadline> read(String text, ZonedDateTime sentAt) {
        Objects.requireNonNull(sentAt, "sentAt");
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime local = sentAt.withZoneSameInstant(ZONE);
        Scan scan = Scan.of(text, local);
        if (scan.mask == 0) {
            return Optional.empty();
        }
        List<Candidate> found = new ArrayList<>(4);
        for (DeadlineRule rule : rules) {
            if ((rule.anchors() & scan.mask) != 0) {
                rule.collect(scan, found);
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < found.size(); i++) {
            found.set(i, withClock(scan, found.get(i)));
        }
        Candidate best = earliestAhead(scan, found);
        return best == null ? Optional.empty() : Optional.of(new StatedDeadline(best.at(ZONE), best.time() != null,
                scan.phrase(best.start(), best.end()), best.rule(), best.provisional()));
    }

    /** "明天上午10点", "后天下午三点", "周五的下班前": a clock or part-of-day word right after a date belongs to it. */
    private static Candidate withClock(Scan scan, Candidate c) {
        if (c.time() != null) {
            return c;
        }
        int pos = c.end();
        while (scan.at(pos) == ' ' || scan.at(pos) == '的') {
            pos++;
        }
        ClockTimes.Clock clock = ClockTimes.readAt(scan, pos, c.partHint());
        return clock == null ? c : c.extendedTo(clock.end(), clock.time());
    }

    private static Candidate earliestAhead(Scan scan, List<Candidate> found) {
        found.sort(BY_POSITION);
        Candidate best = null;
        ZonedDateTime bestAt = null;
        int keptEnd = 0;
        for (Candidate c : found) {
            if (c.start() < keptEnd) {
                continue; // inside or across a longer expression already taken
            }
            keptEnd = c.end();
            if (PastOrRecurring.isNotADeadline(scan, c)) {
                continue;
            }
            ZonedDateTime at = c.at(ZONE);
            if (at.isAfter(scan.sentAt) && (bestAt == null || at.isBefore(bestAt))) {
                best = c;
                bestAt = at;
            }
        }
        return best;
    }
}
