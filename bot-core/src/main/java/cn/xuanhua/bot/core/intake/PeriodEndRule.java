package cn.xuanhua.bot.core.intake;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ends of periods: "月底/月末", "本月底", "下个月底", "9月底" (next year's when this year's is past), "年底",
 * "明年年底", "2024年底", and "本周内/这周内" (the Sunday of this week), "下周内", and "这周末前/周末之前" (the
 * Sunday of this week; a bare "周末" is a time of the week, "周末客人多", and no deadline), "下周末前".
 */
final class PeriodEndRule implements DeadlineRule {
    private static final Pattern END = Pattern.compile(
            "(?=[0-9零〇一二三四五六七八九十今明去前后本这当次下上元正年月])"
                    + "(?:([0-9]{4})年(?:底|末)"
                    + "|(?:(今|明|去|前|后)年?)?年(?:底|末)"
                    + "|(今年|明年|去年)?([0-9]{1,2}|十[一二]?|[一二三四五六七八九]|元|正)月份?(?:底|末)"
                    + "|(本|这个|这|当|下个|下|上个|上|次)?月(?:底|末)"
                    + "|(本|这个|这|下个|下)(?:周|星期|礼拜)(?:之内|以内|内)"
                    + "|(本|这个|这|下个|下)?(?:周|星期|礼拜)(末)(?=之前|以前|前))");

    @Override
    public int anchors() {
        return Scan.PERIOD_END | Scan.WITHIN;
    }

    @Override
    public void collect(Scan scan, List<Candidate> out) {
        int from = scan.searchStart("底末内", 9);
        if (from < 0) {
            return;
        }
        Matcher m = END.matcher(scan.text).region(from, scan.length());
        while (m.find()) {
            char before = scan.at(m.start() - 1);
            if (ChineseNumbers.isNumeral(before) || before == '个') {
                continue; // "三个月底"/"2023年底" fragments
            }
            Candidate c = read(scan, m);
            if (c != null) {
                out.add(c);
            }
        }
    }

    private static Candidate read(Scan scan, Matcher m) {
        LocalDate today = scan.today;
        if (m.group(1) != null) {
            int year = Integer.parseInt(m.group(1));
            return year < 1950 || year > 2199 ? null : yearEnd(m, year);
        }
        if (m.group(6) != null || m.group(8) != null) { // "这周内", or "这周末" with its 前 after it
            String which = m.group(6) != null ? m.group(6) : m.group(7) == null ? "" : m.group(7);
            int weeks = which.startsWith("下") ? 1 : 0;
            LocalDate sunday = today.plusDays(7L - today.getDayOfWeek().getValue()).plusWeeks(weeks);
            return Candidate.ofDay(m.start(), m.end(), sunday, "week.end");
        }
        if (m.group(4) != null) {
            int month = m.group(4).equals("元") || m.group(4).equals("正") ? 1 : ChineseNumbers.parse(m.group(4));
            if (month < 1 || month > 12) {
                return null;
            }
            int year = today.getYear() + (m.group(3) == null ? 0 : CalendarDateRule.relativeYear(m.group(3)));
            LocalDate end = YearMonth.of(year, month).atEndOfMonth();
            boolean moved = m.group(3) == null && end.isBefore(today);
            if (moved) {
                end = YearMonth.of(year + 1, month).atEndOfMonth();
            }
            return Candidate.ofDay(m.start(), m.end(), end, "month.end").movedForward(moved);
        }
        String text = m.group();
        if (text.indexOf('月') >= 0) {
            String rel = m.group(5);
            int shift = rel == null ? 0 : rel.startsWith("上") ? -1 : rel.startsWith("下") || rel.equals("次") ? 1 : 0;
            return Candidate.ofDay(m.start(), m.end(), YearMonth.from(today).plusMonths(shift).atEndOfMonth(), "month.end");
        }
        int shift = m.group(2) == null ? 0 : CalendarDateRule.relativeYear(m.group(2));
        return yearEnd(m, today.getYear() + shift);
    }

    private static Candidate yearEnd(Matcher m, int year) {
        return Candidate.ofDay(m.start(), m.end(), LocalDate.of(year, 12, 31), "year.end");
    }
}
