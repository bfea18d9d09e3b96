package cn.xuanhua.bot.core.digest;

import cn.xuanhua.bot.core.error.InvalidInputException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of whole days a report covers, {@code [first, end)} in the bot's zone, with the name people write for it:
 * a month ({@code 2026-11}) or a quarter ({@code 2026-Q4}, three months summed). Weeks are {@link DigestPeriod}s;
 * {@link #of(DigestPeriod)} turns one into a span. docs/rates.md.
 *
 * @param name  e.g. {@code 2026-11}, {@code 2026-Q4}, {@code 2026-W47}
 * @param first the first day
 * @param end   the day after the last (exclusive)
 */
public record ReportPeriod(String name, LocalDate first, LocalDate end) {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq](\\d)");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2199;

    public ReportPeriod {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(first)) {
            throw new IllegalArgumentException("a period ends after it begins: " + first + " – " + end);
        }
    }

    /**
     * Reads a month such as {@code 2026-11}.
     *
     * @throws InvalidInputException when {@code text} is missing or not a month of 2000–2199
     */
    public static ReportPeriod month(String text) {
        Matcher m = text == null ? null : MONTH.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new InvalidInputException("month 须为年月, 如 2026-11: " + (text == null ? "未填写" : text));
        }
        int year = year("month", m.group(1), text);
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new InvalidInputException("month 的月份须在 1–12 之间: " + text);
        }
        return of(YearMonth.of(year, month));
    }

    /**
     * Reads a quarter such as {@code 2026-Q4} (October to December).
     *
     * @throws InvalidInputException when {@code text} is missing or not a quarter of 2000–2199
     */
    public static ReportPeriod quarter(String text) {
        Matcher m = text == null ? null : QUARTER.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new InvalidInputException("quarter 须为年和季度, 如 2026-Q4: " + (text == null ? "未填写" : text));
        }
        int year = year("quarter", m.group(1), text);
        int quarter = Integer.parseInt(m.group(2));
        if (quarter < 1 || quarter > 4) {
            throw new InvalidInputException("quarter 的季度须在 Q1–Q4 之间: " + text);
        }
        LocalDate first = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        return new ReportPeriod(year + "-Q" + quarter, first, first.plusMonths(3));
    }

    /** The calendar month {@code month}. */
    public static ReportPeriod of(YearMonth month) {
        return new ReportPeriod(String.format(Locale.ROOT, "%d-%02d", month.getYear(), month.getMonthValue()),
                month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /** The ISO week {@code week} as a span of days. */
    public static ReportPeriod of(DigestPeriod week) {
        return new ReportPeriod(week.isoWeek(), week.monday(), week.monday().plusWeeks(1));
    }

    /** The month that contains {@code day}. */
    public static ReportPeriod monthOf(LocalDate day) {
        return of(YearMonth.from(day));
    }

    /** The quarter that contains {@code day}. */
    public static ReportPeriod quarterOf(LocalDate day) {
        return quarter(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
    }

    /** The months this period is made of, first to last (one for a month, three for a quarter). */
    public List<ReportPeriod> months() {
        List<ReportPeriod> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(first); m.atDay(1).isBefore(end); m = m.plusMonths(1)) {
            months.add(of(m));
        }
        return months;
    }

    /** The last day (inclusive), as the console's date filters take it. */
    public LocalDate last() {
        return end.minusDays(1);
    }

    /** 00:00 of the first day in {@code zone}. */
    public ZonedDateTime start(ZoneId zone) {
        return first.atStartOfDay(zone);
    }

    /** Whether the period has begun at {@code now}: one that has not has nothing to report. */
    public boolean begunBy(ZonedDateTime now) {
        return !now.isBefore(start(now.getZone()));
    }

    private static int year(String parameter, String digits, String text) {
        int year = Integer.parseInt(digits);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException(parameter + " 的年份须在 " + FIRST_YEAR + "–" + LAST_YEAR + " 之间: " + text);
        }
        return year;
    }

    @Override
    public String toString() {
        return name;
    }
}
