package cn.xuanhua.bot.core.calendar;

import cn.xuanhua.bot.core.error.InvalidInputException;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a year's holiday arrangement as the administrator pastes it from the State Council notice, one festival per
 * line: {@code 春节: 2027-02-06 至 2027-02-13 放假; 2027-02-14, 2027-02-20 上班} or the notice's own wording
 * {@code 二、春节：2月6日（星期六）至13日（星期六）放假调休，共8天。2月14日（星期日）、2月20日（星期六）上班。}
 *
 * <p>Dates before 放假 are days off, dates before 上班 (or 补班) make-up working days; {@code A至B} is a range;
 * a bare {@code 13日} takes the month of the date before it; a date without a year is in the imported year, except
 * a December date under 元旦, which belongs to the year before (2023's 元旦 began on 2022-12-31). Everything else
 * on the line (weekdays in brackets, 共8天, 不调休) is ignored. All problems are reported at once, by line, and a
 * paste with any problem yields nothing, so an import is all or nothing.
 */
public final class ArrangementParser {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<iso>(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2}))"
                    + "|(?<cn>(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号])"
                    + "|(?<day>(\\d{1,2})[日号])"
                    + "|(?<range>至|到|~|～|—)"
                    + "|(?<off>放假)"
                    + "|(?<work>上班|补班)");
    private static final Pattern BRACKETS = Pattern.compile("[(（][^()（）]*[)）]");
    private static final Pattern ENUMERATOR = Pattern.compile("^\\s*(?:[一二三四五六七八九十]+[、.．]|\\d+[、.．]|[(（][一二三四五六七八九十\\d]+[)）])\\s*");
    private static final int MAX_RANGE_DAYS = 15;
    private static final int MAX_FESTIVAL_LENGTH = 16;

    /**
     * The days off and make-up days of {@code year} in {@code text}.
     *
     * @throws InvalidInputException listing every problem, by line, when anything cannot be read
     */
    public List<CalendarException> parse(int year, String text) {
        if (year < WorkCalendar.FIRST.getYear() + 1 || year > WorkCalendar.LAST.getYear() - 1) {
            throw new InvalidInputException("年份须在 " + (WorkCalendar.FIRST.getYear() + 1) + "–"
                    + (WorkCalendar.LAST.getYear() - 1) + " 之间");
        }
        Map<LocalDate, CalendarException> days = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                new Line(year, i + 1, lines[i], days, problems).read();
            }
        }
        if (problems.isEmpty() && days.isEmpty()) {
            problems.add("没有读到任何放假或上班的日期; 每行写一个节日, 如「春节: 2027-02-06 至 2027-02-13 放假; 2027-02-14, 2027-02-20 上班」");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("\n", problems));
        }
        return List.copyOf(days.values());
    }

    /** One festival's line; adds its days to {@code days} and what is wrong with it to {@code problems}. */
    private static final class Line {
        private final int year;
        private final int number;
        private final String raw;
        private final Map<LocalDate, CalendarException> days;
        private final List<String> problems;
        private final List<LocalDate> pending = new ArrayList<>();
        private String festival;
        private LocalDate last;
        private boolean rangeOpen;
        /** One problem per line is enough: what follows a misread token is likely misread too. */
        private boolean failed;

        Line(int year, int number, String raw, Map<LocalDate, CalendarException> days, List<String> problems) {
            this.year = year;
            this.number = number;
            this.raw = raw;
            this.days = days;
            this.problems = problems;
        }

        void read() {
            String line = ENUMERATOR.matcher(raw).replaceFirst("");
            int colon = indexOfColon(line);
            festival = colon < 0 ? "" : line.substring(0, colon).strip();
            if (festival.isEmpty() || festival.length() > MAX_FESTIVAL_LENGTH || festival.matches(".*\\d.*")) {
                problem("请以节日名称和冒号开头, 如「春节: ...」");
                return;
            }
            Matcher m = TOKEN.matcher(BRACKETS.matcher(line.substring(colon + 1)).replaceAll(""));
            while (m.find() && !failed) {
                token(m);
            }
            if (!failed && (!pending.isEmpty() || rangeOpen)) {
                problem("日期后须写明「放假」或「上班」");
            }
        }

        private void token(Matcher m) {
            if (m.group("off") != null || m.group("work") != null) {
                assign(m.group("off") != null ? DayType.OFF : DayType.WORK);
            } else if (m.group("range") != null) {
                if (last == null || rangeOpen) {
                    problem("「" + m.group("range") + "」前后须各有一个日期");
                }
                rangeOpen = true;
            } else {
                date(m).ifPresent(this::addDate);
            }
        }

        private Optional<LocalDate> date(Matcher m) {
            try {
                if (m.group("iso") != null) {
                    return Optional.of(LocalDate.of(num(m, 2), num(m, 3), num(m, 4)));
                }
                if (m.group("cn") != null) {
                    int month = num(m, 7);
                    boolean lastDecember = month == 12 && festival.contains("元旦");
                    int y = m.group(6) != null ? num(m, 6) : lastDecember ? year - 1 : year;
                    return Optional.of(LocalDate.of(y, month, num(m, 8)));
                }
                if (last == null) {
                    problem("「" + m.group("day") + "」前须先写月份, 如「2月6日至13日」");
                    return Optional.empty();
                }
                LocalDate d = LocalDate.of(last.getYear(), last.getMonthValue(), num(m, 10));
                // "12月31日至2日" and "1月30日至2日" run into the next month.
                return Optional.of(d.isBefore(last) ? d.plusMonths(1) : d);
            } catch (DateTimeException e) {
                problem("「" + m.group() + "」不是有效的日期");
                return Optional.empty();
            }
        }

        private void addDate(LocalDate d) {
            if (!rangeOpen) {
                pending.add(d);
                last = d;
                return;
            }
            rangeOpen = false;
            if (d.isBefore(last) || d.toEpochDay() - last.toEpochDay() >= MAX_RANGE_DAYS) {
                problem(last + " 至 " + d + " 不是一个合理的放假区间");
                return;
            }
            for (LocalDate x = last.plusDays(1); !x.isAfter(d); x = x.plusDays(1)) {
                pending.add(x);
            }
            last = d;
        }

        private void assign(DayType type) {
            if (pending.isEmpty() || rangeOpen) {
                problem("「" + (type == DayType.OFF ? "放假" : "上班") + "」前没有日期");
                return;
            }
            for (LocalDate d : pending) {
                if (failed) {
                    break;
                }
                check(d, type);
                CalendarException earlier = days.putIfAbsent(d, new CalendarException(d, type, festival));
                if (earlier != null) {
                    problem(d + " 重复出现 (已在「" + earlier.festival() + "」中)");
                }
            }
            pending.clear();
        }

        private void check(LocalDate d, DayType type) {
            if (d.isBefore(LocalDate.of(year - 1, 12, 1)) || d.isAfter(LocalDate.of(year + 1, 1, 31))) {
                problem(d + " 不属于 " + year + " 年的安排");
            }
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (type == DayType.WORK && !weekend) {
                problem(d + " 是工作日, 不需要调休上班");
            }
        }

        private void problem(String what) {
            failed = true;
            problems.add("第" + number + "行: " + what);
        }

        private static int indexOfColon(String s) {
            int a = s.indexOf(':');
            int b = s.indexOf('：');
            return a < 0 ? b : b < 0 ? a : Math.min(a, b);
        }

        private static int num(Matcher m, int group) {
            return Integer.parseInt(m.group(group));
        }
    }
}
