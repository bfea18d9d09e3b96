package cn.xuanhua.bot.core.digest;

import cn.xuanhua.bot.core.error.InvalidInputException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ISO week, Monday 00:00 to the next Monday 00:00 in the bot's zone, named like {@code 2026-W47}.
 *
 * @param monday the week's Monday
 */
public record DigestPeriod(LocalDate monday) {
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-[Ww](\\d{2})");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2199;

    public DigestPeriod {
        Objects.requireNonNull(monday, "monday");
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a digest week starts on a Monday: " + monday);
        }
    }

    /** The week that contains {@code day}. */
    public static DigestPeriod containing(LocalDate day) {
        return new DigestPeriod(day.with(DayOfWeek.MONDAY));
    }

    /** The last complete week before {@code now}: what 周报 and the Monday digest cover. */
    public static DigestPeriod lastWeek(ZonedDateTime now) {
        return containing(now.toLocalDate()).previous();
    }

    /**
     * Reads an ISO week such as {@code 2026-W47}.
     *
     * @throws InvalidInputException when {@code text} is not an ISO week that exists (e.g. {@code 2026-W54})
     */
    public static DigestPeriod parse(String text) {
        Matcher m = text == null ? null : ISO_WEEK.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new InvalidInputException("week 须为 ISO 周, 如 2026-W47: " + text);
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("week 的年份须在 " + FIRST_YEAR + "–" + LAST_YEAR + " 之间: " + text);
        }
        // 4 January always lies in week 1 of its week-based year; 28 December in its last week.
        long weeks = LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        if (week < 1 || week > weeks) {
            throw new InvalidInputException(year + " 年只有 " + weeks + " 个 ISO 周: " + text);
        }
        return new DigestPeriod(LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY));
    }

    public DigestPeriod previous() {
        return new DigestPeriod(monday.minusWeeks(1));
    }

    /** The ISO week's name, e.g. {@code 2026-W47}. */
    public String isoWeek() {
        return String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /** Monday 00:00 in {@code zone}. */
    public ZonedDateTime start(ZoneId zone) {
        return monday.atStartOfDay(zone);
    }

    /** The next Monday 00:00 in {@code zone} (exclusive). */
    public ZonedDateTime end(ZoneId zone) {
        return monday.plusWeeks(1).atStartOfDay(zone);
    }

    @Override
    public String toString() {
        return isoWeek();
    }
}
