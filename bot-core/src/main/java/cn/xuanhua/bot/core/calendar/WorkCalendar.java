package cn.xuanhua.bot.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official working-day calendar: Monday–Friday, minus statutory days off, plus make-up weekend days (调休).
 * Built from the stored exceptions and the set of years whose official arrangement has been entered; a year with
 * no arrangement falls back to weekends plus the fixed-date holidays (元旦 1/1, 劳动节 5/1–5/2, 国庆 10/1–10/3)
 * and is reported as provisional.
 * <p>
 * Immutable and thread-safe. Every day from {@link #FIRST} to {@link #LAST} is precomputed into a bit set and a
 * running count of working days, so lookups and working-day arithmetic cost an array access or a binary search:
 * the intake pipeline calls this tens of thousands of times a second.
 */
public final class WorkCalendar {
    /** First day the calendar answers for. */
    public static final LocalDate FIRST = LocalDate.of(1950, 1, 1);
    /** Last day the calendar answers for. */
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    private static final long BASE = FIRST.toEpochDay();
    private static final int SIZE = (int) (LAST.toEpochDay() - BASE + 1);

    private final BitSet working = new BitSet(SIZE);
    /** rank[i] = number of working days in [FIRST, FIRST + i), SIZE + 1 entries. */
    private final int[] rank = new int[SIZE + 1];
    private final boolean[] arranged = new boolean[LAST.getYear() - FIRST.getYear() + 1];
    private final Map<Integer, DayRange> blocks = new ConcurrentHashMap<>();

    /**
     * @param exceptions    days that differ from Monday–Friday; they apply whatever year they fall in
     * @param arrangedYears years whose official arrangement is complete in {@code exceptions}
     */
    public WorkCalendar(Collection<CalendarException> exceptions, Set<Integer> arrangedYears) {
        for (int year : arrangedYears) {
            if (year >= FIRST.getYear() && year <= LAST.getYear()) {
                arranged[year - FIRST.getYear()] = true;
            }
        }
        Map<Long, DayType> byDay = new HashMap<>();
        for (CalendarException e : exceptions) {
            index(e.day());
            byDay.put(e.day().toEpochDay(), e.type());
        }
        for (int i = 0; i < SIZE; i++) {
            long epochDay = BASE + i;
            DayType exception = byDay.get(epochDay);
            boolean work = exception != null ? exception == DayType.WORK : isNormallyWorking(epochDay);
            if (work) {
                working.set(i);
            }
            rank[i + 1] = rank[i] + (work ? 1 : 0);
        }
    }

    /** A calendar with no official arrangement at all: every year is provisional. */
    public static WorkCalendar provisionalOnly() {
        return new WorkCalendar(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        return working.get(index(day));
    }

    /** True when {@code day}'s year has no official arrangement, so the answer is the fallback rule's guess. */
    public boolean isProvisional(LocalDate day) {
        int year = day.getYear();
        return year < FIRST.getYear() || year > LAST.getYear() || !arranged[year - FIRST.getYear()];
    }

    /**
     * The n-th working day strictly after {@code from} (n &gt; 0), strictly before it (n &lt; 0), or {@code from}
     * itself (n = 0). {@code from} need not be a working day.
     *
     * @throws DateTimeException when the answer lies outside {@link #FIRST}..{@link #LAST}
     */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n == 0) {
            return from;
        }
        int f = index(from);
        // The ordinal (0-based, counted from FIRST) of the working day we want.
        long ordinal = n > 0 ? (long) rank[f + 1] + n - 1 : (long) rank[f] + n;
        if (ordinal < 0 || ordinal >= rank[SIZE]) {
            throw new DateTimeException(n + " working days from " + from + " is outside " + FIRST + ".." + LAST);
        }
        return dayOf(ordinalIndex((int) ordinal));
    }

    /** The last working day strictly before {@code day}. */
    public LocalDate lastWorkingDayBefore(LocalDate day) {
        return plusWorkingDays(day, -1);
    }

    /** The first working day strictly after {@code day}. */
    public LocalDate firstWorkingDayAfter(LocalDate day) {
        return plusWorkingDays(day, 1);
    }

    /**
     * Working days in the half-open span ({@code from}, {@code to}], so that
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}; negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return rank[index(to) + 1] - rank[index(from) + 1];
    }

    /** Working days in a calendar year. */
    public int workingDaysIn(int year) {
        return workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
    }

    /**
     * The run of consecutive non-working days (weekends included) that contains {@code festival}'s day in
     * {@code year}. When that day is itself a working day (possible only in a provisional year, e.g. 中秋 2027 on
     * a Wednesday) the range is that single day, so that "节前" and "节后" still mean the days around it.
     */
    public DayRange daysOff(Festival festival, int year) {
        return blocks.computeIfAbsent(year * 8 + festival.ordinal(), k -> block(festival.dateIn(year)));
    }

    /**
     * The occurrence of {@code festival} a message sent on {@code reference} means: the nearest one whose days
     * off have not ended yet (said during the 国庆 holidays, "国庆节后" is the current one).
     */
    public DayRange nextDaysOff(Festival festival, LocalDate reference) {
        for (int year = reference.getYear() - 1; ; year++) {
            DayRange range = daysOff(festival, year);
            if (!range.last().isBefore(reference)) {
                return range;
            }
        }
    }

    private DayRange block(LocalDate day) {
        int i = index(day);
        if (working.get(i)) {
            return new DayRange(day, day);
        }
        int first = working.previousSetBit(i) + 1;
        int next = working.nextSetBit(i);
        int last = (next < 0 ? SIZE : next) - 1;
        return new DayRange(dayOf(first), dayOf(last));
    }

    /** Smallest index whose day is the working day with the given ordinal: rank[j + 1] > ordinal. */
    private int ordinalIndex(int ordinal) {
        int lo = 0;
        int hi = SIZE - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rank[mid + 1] > ordinal) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private boolean isNormallyWorking(long epochDay) {
        int dow = (int) Math.floorMod(epochDay + 3, 7L); // 0 = Monday (1970-01-01 was a Thursday)
        if (dow >= 5) {
            return false;
        }
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        return !isProvisional(day) || !isFixedDateHoliday(day);
    }

    /** The statutory holidays that fall on the same solar date every year; the fallback for unarranged years. */
    private static boolean isFixedDateHoliday(LocalDate day) {
        int m = day.getMonthValue();
        int d = day.getDayOfMonth();
        return (m == 1 && d == 1) || (m == 5 && d <= 2) || (m == 10 && d <= 3);
    }

    private static int index(LocalDate day) {
        long i = day.toEpochDay() - BASE;
        if (i < 0 || i >= SIZE) {
            throw new DateTimeException(day + " is outside the calendar's range " + FIRST + ".." + LAST);
        }
        return (int) i;
    }

    private static LocalDate dayOf(int index) {
        return LocalDate.ofEpochDay(BASE + index);
    }
}
