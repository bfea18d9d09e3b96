package cn.xuanhua.bot.core.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test fixture: the calendar built from the very seed migration the database starts with
 * ({@code sql/migration/V3__seed_calendar_2023_2026.sql}), so tests and production read the same rows.
 */
public final class OfficialCalendar {
    private static final String SEED = "sql/migration/V3__seed_calendar_2023_2026.sql";
    private static final Pattern DAY_ROW = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})',\\s*'(OFF|WORK)',\\s*'([^']*)'\\)");
    private static final Pattern YEAR_ROW = Pattern.compile("\\((\\d{4}),\\s*'");
    private static final WorkCalendar CALENDAR = load();

    private OfficialCalendar() {
    }

    /** The calendar with the 2023–2026 arrangements (shared, it is immutable). */
    public static WorkCalendar calendar() {
        return CALENDAR;
    }

    /** The exception rows of the seed migration. */
    public static List<CalendarException> exceptions() {
        return parseDays(seedText());
    }

    private static WorkCalendar load() {
        String sql = seedText();
        String years = sql.substring(sql.indexOf("INSERT INTO calendar_year"));
        Set<Integer> arranged = new HashSet<>();
        Matcher y = YEAR_ROW.matcher(years);
        while (y.find()) {
            arranged.add(Integer.parseInt(y.group(1)));
        }
        return new WorkCalendar(parseDays(sql), arranged);
    }

    private static List<CalendarException> parseDays(String sql) {
        List<CalendarException> rows = new ArrayList<>();
        Matcher m = DAY_ROW.matcher(sql);
        while (m.find()) {
            rows.add(new CalendarException(java.time.LocalDate.parse(m.group(1)), DayType.valueOf(m.group(2)), m.group(3)));
        }
        return rows;
    }

    /** Finds the seed file from the module directory (Maven's working directory) or any parent of it. */
    private static String seedText() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve(SEED);
            if (Files.isRegularFile(candidate)) {
                try {
                    return Files.readString(candidate, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("seed " + SEED + " not found above " + dir);
    }
}
