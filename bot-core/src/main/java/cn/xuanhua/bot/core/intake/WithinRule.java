package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.calendar.WorkCalendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spans from the message's day: "3天内", "十日内", "一周内", "两周内", "半个月内", "三个月内" count calendar days
 * (or months); "十五个工作日内" counts working days on the official calendar; "24小时内" counts hours from the
 * message's minute. A span without 内 ("坏了三天了", "交了两周了", "半个月前") is a duration, not a deadline;
 * only "N个工作日" ("五个工作日办结") and a span named as a time limit ("限期十天", "给了十五天整改期", "给了三天时间")
 * may omit 内.
 */
final class WithinRule implements DeadlineRule {
    private static final Pattern SPAN = Pattern.compile(
            "(?=[0-9零一二两三四五六七八九十百半])([0-9]{1,3}|[零一二两三四五六七八九十百]{1,4}|半)(个)?(工作日|小时|天|日|周|星期|礼拜|月|年)(之内|以内|内)?");

    /**
     * Words right before a span that make it a time limit set on the writer: "限期十天", "整改期限一个月". Not a bare
     * 期限: "申请期限是30天" tells a rule, not a date.
     */
    private static final String[] LIMIT_BEFORE = {"限期", "整改期限", "整改期"};
    /** Words right after a span (or after its 的) that make it one: "十五天整改期", "20天的期限". */
    private static final String[] LIMIT_AFTER = {"整改期", "期限", "时限", "限期"};
    /**
     * Words right before a span of days or weeks that give it as a time allowed: "给了三天时间", "也给的十天，哪来得及",
     * "限十天". Only where the span ends its clause or is called time or a rectification ({@link #GIVEN_SPAN_ENDS}):
     * "给了两个月的工资" is money, and months are not read this way.
     */
    private static final String[] GIVEN = {"给了", "给的", "给", "限"};
    private static final String[] GIVEN_SPAN_ENDS = {"时间", "的时间", "整改", "让", "要"};

    /** 了, then a count of times: "跳了四次", "停了好几回". */
    private static final Pattern TIMES_DONE = Pattern.compile(
            "了([0-9]{1,3}|[一两二三四五六七八九十几]{1,3}|好几)(次|回|趟|遍)");

    private final WorkCalendar calendar;

    WithinRule(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public int anchors() {
        return Scan.WITHIN | Scan.WORK | Scan.WEEK; // 期 (a WEEK anchor) for "十五天整改期", which has no 内 nor 限
    }

    @Override
    public void collect(Scan scan, List<Candidate> out) {
        int from = scan.searchStart("天日周期拜月年时", 8);
        if (from < 0) {
            return;
        }
        Matcher m = SPAN.matcher(scan.text).region(from, scan.length());
        while (m.find()) {
            char before = scan.at(m.start() - 1);
            if (ChineseNumbers.isNumeral(before) || before == '第' || before == '.') {
                continue;
            }
            String unit = m.group(3);
            boolean noWithinMark = m.group(4) == null; // no 内, 之内 or 以内
            if (noWithinMark && !(unit.equals("工作日") && bareWorkdaysCount(scan, m)) && !namedAsATimeLimit(scan, m)) {
                continue;
            }
            if (countsTimesIn(scan, m.end())) {
                continue;
            }
            boolean half = m.group(1).equals("半");
            int n = half ? 0 : ChineseNumbers.parse(m.group(1));
            if (!half && n <= 0 || unit.equals("月") && m.group(2) == null && !half) {
                continue; // "3月内" is "within March", not three months
            }
            try {
                Candidate c = span(scan, m, unit, n, half);
                if (c != null) {
                    out.add(c);
                }
            } catch (DateTimeException outsideCalendar) {
                // a count so large it leaves the calendar is no deadline anyone means
            }
        }
    }

    /**
     * "限期十天", "整改期限一个月", "给了十五天整改期", "20天的期限": a span an office set as a time limit, which counts
     * like "十天内" (the contract reads an order given to the writer as their deadline).
     */
    private static boolean namedAsATimeLimit(Scan scan, Matcher m) {
        if (scan.endsWithAny(LIMIT_BEFORE, m.start())) {
            return true;
        }
        if (scan.endsWithAny(GIVEN, m.start()) && isDaysOrWeeks(m.group(3)) && !aRate(scan, m.start())) {
            int end = m.end();
            return end >= scan.length() || Scan.isClauseEnd(scan.at(end)) || scan.startsWithAny(GIVEN_SPAN_ENDS, end);
        }
        int after = m.end();
        if (scan.at(after) == '的') {
            after++;
        }
        return scan.startsWithAny(LIMIT_AFTER, after);
    }

    /**
     * "一周内跳了四次", "三天内停了两回电": how often something happened within the span, not a time allowed (blind47,
     * 2026-11-30). A count of times with 了 later in the span's clause tells it.
     */
    private static boolean countsTimesIn(Scan scan, int spanEnd) {
        Matcher times = TIMES_DONE.matcher(scan.text).region(spanEnd, scan.clauseEnd(spanEnd));
        return times.find();
    }

    /** "一周限两天" (power rationed two days a week): a 限 after a period is a rate, not a time allowed. */
    private static boolean aRate(Scan scan, int spanStart) {
        return scan.at(spanStart - 1) == '限' && "周天日月年".indexOf(scan.at(spanStart - 2)) >= 0;
    }

    private static boolean isDaysOrWeeks(String unit) {
        return switch (unit) {
            case "天", "日", "工作日", "周", "星期", "礼拜" -> true;
            default -> false;
        };
    }

    /** "5个工作日办结" states a limit; "过了5个工作日了" and "5个工作日前" do not. */
    private static boolean bareWorkdaysCount(Scan scan, Matcher m) {
        return "了前后".indexOf(scan.at(m.end())) < 0 && "了过已".indexOf(scan.at(m.start() - 1)) < 0;
    }

    private Candidate span(Scan scan, Matcher m, String unit, int n, boolean half) {
        LocalDate today = scan.today;
        int s = m.start();
        int e = m.end();
        switch (unit) {
            case "天", "日" -> {
                return half || n > 3660 ? null : Candidate.ofDay(s, e, today.plusDays(n), "days.within");
            }
            case "周", "星期", "礼拜" -> {
                return half || n > 520 ? null : Candidate.ofDay(s, e, today.plusWeeks(n), "weeks.within");
            }
            case "月" -> {
                LocalDate d = half ? today.plusDays(15) : n > 120 ? null : today.plusMonths(n);
                return d == null ? null : Candidate.ofDay(s, e, d, "months.within");
            }
            case "年" -> {
                LocalDate d = half ? today.plusMonths(6) : n > 10 ? null : today.plusYears(n);
                return d == null ? null : Candidate.ofDay(s, e, d, "years.within");
            }
            case "小时" -> {
                if (n > 24 * 31) {
                    return null;
                }
                ZonedDateTime at = scan.sentAt.plusMinutes(half ? 30 : 60L * n).truncatedTo(ChronoUnit.MINUTES);
                return new Candidate(s, e, at.toLocalDate(), at.toLocalTime(), "hours.within", false, DayPart.NONE);
            }
            default -> {
                if (half || n > 1000) {
                    return null;
                }
                LocalDate d = calendar.plusWorkingDays(today, n);
                boolean provisional = calendar.isProvisional(d) || calendar.isProvisional(today.plusDays(1));
                return new Candidate(s, e, d, null, "workdays.within", provisional, DayPart.NONE);
            }
        }
    }
}
