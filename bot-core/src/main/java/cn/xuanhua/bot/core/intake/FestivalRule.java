package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.calendar.DayRange;
import cn.xuanhua.bot.core.calendar.Festival;
import cn.xuanhua.bot.core.calendar.WorkCalendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Festivals: "X节前" / "X放假前" / "年前" is the last working day before the festival's block of days off;
 * "X节后(第一个工作日)" and "年后第一个工作日" are the first working day after it, a make-up weekend day
 * included. The occurrence is the nearest one whose days off have not ended yet. "十一" and "五一" are festivals only right before 前/后/放假,
 * never inside a number ("二十一前", "十一月", "十一个工作日"). A bare "节前/节后" means the festival whose days
 * off come first (said in late September, "节后" is after 国庆).
 */
final class FestivalRule implements DeadlineRule {
    private static final String FIRST_DAY = "(第一个工作日|上班第一天|第一天上班|第一天|上班|开工)?";
    private static final String DIRECTION = "(之前|以前|前|之后|以后|后)";
    /** Groups: 1 festival, 2 direction, 3 first day; 4 first day after 年后; 5 direction of a bare 节. */
    private static final Pattern FESTIVAL = Pattern.compile("(?=[五元春过清劳端中国十年节])"
            + "(五一劳动节|元旦|春节|过年|清明|劳动节|五一|端午|中秋|国庆|十一)节?(?:小长假|长假|假期|放假)?" + DIRECTION + FIRST_DAY
            + "|年前|年后(第一个工作日|上班第一天|第一天上班|上班|开工)"
            + "|节" + DIRECTION + FIRST_DAY);
    /** Before 年前 these make it "years ago" or another word: 两年前, 去年前, 今年前三季度, 新年前… */
    private static final String NOT_BEFORE_NIANQIAN = "几半多去今明前后新过本每当同往近历元周数";
    /**
     * A bare 节前/节后 follows these or no word at all; after others it is 环节后, 调节后, 季节前… The last five end a
     * plan's words: "我们节后…开业", "打算节后…", "想节后…", "计划节后…", "准备节后…" (blind50, 2026-11-30).
     */
    private static final String BEFORE_BARE_JIE = "在到等过于是最晚迟请取必能要须就的们算想划备";

    /** How long after a festival its name still means the one just passed ({@link #justPassed}). */
    private static final int JUST_PASSED_DAYS = 21;
    /** How soon the next festival must come for a bare 节 said after another to mean it. */
    private static final int NEXT_SOON_DAYS = 21;

    private final WorkCalendar calendar;

    FestivalRule(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public int anchors() {
        return Scan.BEFORE | Scan.AFTER;
    }

    @Override
    public void collect(Scan scan, List<Candidate> out) {
        int from = scan.searchStart("前后", 10);
        if (from < 0) {
            return;
        }
        Matcher m = FESTIVAL.matcher(scan.text).region(from, scan.length());
        while (m.find()) {
            char before = scan.at(m.start() - 1);
            Festival festival;
            boolean after;
            if (m.group(5) != null) {
                if (isIdeograph(before) && BEFORE_BARE_JIE.indexOf(before) < 0) {
                    continue;
                }
                festival = null;
                after = m.group(5).endsWith("后");
            } else if (m.group(1) == null) {
                if (ChineseNumbers.isNumeral(before) || NOT_BEFORE_NIANQIAN.indexOf(before) >= 0) {
                    continue;
                }
                festival = Festival.春节;
                after = m.group().charAt(1) == '后';
            } else {
                if (ChineseNumbers.isNumeral(before)) {
                    continue;
                }
                festival = festival(m.group(1));
                after = m.group(2).endsWith("后");
            }
            try {
                if (justPassed(festival, scan.today)) {
                    continue;
                }
                out.add(candidate(scan, m, festival, after));
            } catch (DateTimeException outsideCalendar) {
                // a message dated outside the calendar's range has no festival to count from
            }
        }
    }

    /**
     * Said within {@link #JUST_PASSED_DAYS} days after the festival's days off ended, "年前", "节后", "国庆前" mean the
     * festival just passed ("年前打的疫苗", "节后一复工就…", "节后招不上人"), not the next one, a year or a season away:
     * what they tell is past, and no deadline. A bare 节 means the next festival instead when its days off begin within
     * {@link #NEXT_SOON_DAYS} days ("节前" said between 中秋 and 国庆), and never means 元旦 just passed.
     *
     * @param festival null for a bare 节前/节后
     */
    private boolean justPassed(Festival festival, LocalDate today) {
        LocalDate windowStart = today.minusDays(JUST_PASSED_DAYS);
        if (festival != null) {
            return calendar.nextDaysOff(festival, windowStart).last().isBefore(today);
        }
        return endedSince(windowStart, today) && nearestDaysOff(today).first().isAfter(today.plusDays(NEXT_SOON_DAYS));
    }

    /**
     * A festival other than 元旦 whose days off ended between {@code since} and {@code today}: a bare 节 said in
     * January means the Spring Festival ahead ("能不能节前给发了 社员还等着钱过年呢"), not New Year's Day just passed.
     */
    private boolean endedSince(LocalDate since, LocalDate today) {
        for (Festival f : Festival.values()) {
            if (f != Festival.元旦 && calendar.nextDaysOff(f, since).last().isBefore(today)) {
                return true;
            }
        }
        return false;
    }

    /** @param festival null for a bare 节前/节后: the festival whose days off come first */
    private Candidate candidate(Scan scan, Matcher m, Festival festival, boolean after) {
        DayRange off = festival != null ? calendar.nextDaysOff(festival, scan.today) : nearestDaysOff(scan.today);
        LocalDate day = after ? calendar.firstWorkingDayAfter(off.last()) : calendar.lastWorkingDayBefore(off.first());
        boolean provisional = calendar.isProvisional(day) || calendar.isProvisional(off.first())
                || calendar.isProvisional(off.last());
        return new Candidate(m.start(), m.end(), day, null, after ? "festival.after" : "festival.before",
                provisional, DayPart.NONE, true);
    }

    private DayRange nearestDaysOff(LocalDate today) {
        DayRange nearest = null;
        for (Festival f : Festival.values()) {
            DayRange off = calendar.nextDaysOff(f, today);
            if (nearest == null || off.last().isBefore(nearest.last())) {
                nearest = off;
            }
        }
        return nearest;
    }

    private static boolean isIdeograph(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static Festival festival(String word) {
        return switch (word) {
            case "元旦" -> Festival.元旦;
            case "春节", "过年" -> Festival.春节;
            case "清明" -> Festival.清明;
            case "端午" -> Festival.端午;
            case "中秋" -> Festival.中秋;
            case "国庆", "十一" -> Festival.国庆;
            default -> Festival.劳动节;
        };
    }
}
