package cn.xuanhua.bot.core.intake;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates: "2023年8月15日", "8月10日", "十月八号", "元月十号", "本月20号", "下个月15号", "二十号", "2023-08-15".
 * A month and day with no year that is already past this year means next year, if that is at most half a year
 * ahead (else it names this year's past day, and no deadline); a bare day ("二十号") that is past this month means
 * next month. "号" after a number is also a house, line or window number ("3号楼",
 * "建设路18号"), so a bare day is refused next to such words.
 */
final class CalendarDateRule implements DeadlineRule {
    private static final String DAY = "[0-9]{1,2}|[一二三四五六七八九十廿卅]{1,3}";
    /** The leading look-ahead lets the matcher skip, at one class test each, positions no date can start at. */
    private static final Pattern DATE = Pattern.compile(
            "(?=[0-9零〇一二三四五六七八九十廿卅今明去前后本这当次下上元正])(?:([0-9]{4}|[0-9]{2}|[零〇一二三四五六七八九]{4}|[零〇一二三四五六七八九]{2})年|(今年|明年|去年|前年|后年))?"
                    + "(?:([0-9]{1,2}|十[一二]?|[一二三四五六七八九]|元|正)月份?|(本月|这个月|这月|当月|次月|下个月|下月|上个月|上月))"
                    + "(" + DAY + ")(日|号)?"
                    + "|(" + DAY + ")(日|号)"
                    + "|([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?![0-9])");
    private static final String NOT_BEFORE_BARE_DAY = "路街道巷村组队楼栋区院第编号字排幢弄期周拜月个-#";
    private static final String NOT_AFTER_HAO = "楼线门窗院车文机库仓厂房口位罐炉段路街地桩井柜台令码人店铺馆厅室区栋单元座站桥场棚间池塔泵表杆灯柱牌卡证件字员工组队货船包坑沟渠闸阀";
    private static final String AFTER_BARE_RI = "前之以截为上下中晚早傍";
    /**
     * A past month and day read as next year's only when that lands at most this far ahead: across the turn of the
     * year ("元月十号前" said in December) people leave the year out, but a day more than half a year on is written
     * with 明年, and one left out is this year's, already past ("3月2号交到住建局", "6月3日冰雹致…受灾"). Measured on
     * every writer's appeals (docs/deadlines.md): any limit of 3-6 months reads four deadlines more right, none less.
     */
    private static final int FURTHEST_ROLLED_FORWARD_MONTHS = 6;

    @Override
    public int anchors() {
        return Scan.MONTH | Scan.DAY_MARK | Scan.SEPARATOR;
    }

    @Override
    public void collect(Scan scan, List<Candidate> out) {
        int from = scan.searchStart("月号日-/.", 12);
        if (from < 0) {
            return;
        }
        Matcher m = DATE.matcher(scan.text).region(from, scan.length());
        while (m.find()) {
            char before = scan.at(m.start() - 1);
            if (ChineseNumbers.isNumeral(before) || (before < 128 && Character.isLetterOrDigit(before))) {
                continue;
            }
            Candidate c = m.group(9) != null ? iso(m)
                    : m.group(7) != null ? bareDay(scan, m)
                    : monthDay(scan, m);
            if (c != null) {
                out.add(c);
            }
        }
    }

    private static Candidate iso(Matcher m) {
        LocalDate date = date(Integer.parseInt(m.group(9)), Integer.parseInt(m.group(10)), Integer.parseInt(m.group(11)));
        return date == null ? null : Candidate.ofDay(m.start(), m.end(), date, "date.full");
    }

    private static Candidate bareDay(Scan scan, Matcher m) {
        char before = scan.at(m.start() - 1);
        char after = scan.at(m.end());
        boolean hao = m.group(8).equals("号");
        if (NOT_BEFORE_BARE_DAY.indexOf(before) >= 0
                || (hao && NOT_AFTER_HAO.indexOf(after) >= 0)
                || (!hao && AFTER_BARE_RI.indexOf(after) < 0 && !(after >= '0' && after <= '9'))) {
            return null; // "3号楼"; "三日" without 前 is a duration ("坏了三日了"), not a date
        }
        int day = ChineseNumbers.parse(m.group(7));
        YearMonth month = YearMonth.from(scan.today);
        boolean moved = day < scan.today.getDayOfMonth();
        if (moved) {
            month = month.plusMonths(1);
        }
        return month.isValidDay(day)
                ? Candidate.ofDay(m.start(), m.end(), month.atDay(day), "date.day").movedForward(moved) : null;
    }

    private static Candidate monthDay(Scan scan, Matcher m) {
        String monthWord = m.group(3);
        boolean january = "元".equals(monthWord) || "正".equals(monthWord);
        if (m.group(6) == null && !january && "前之以".indexOf(scan.at(m.end())) < 0) {
            return null; // "8月10" needs 日/号 unless a 前 makes it plain
        }
        int day = ChineseNumbers.parse(m.group(5));
        if (m.group(4) != null) {
            String rel = m.group(4);
            int shift = rel.startsWith("上") ? -1 : rel.startsWith("下") || rel.equals("次月") ? 1 : 0;
            YearMonth month = YearMonth.from(scan.today).plusMonths(shift);
            String rule = shift < 0 ? "date.last-month" : shift > 0 ? "date.next-month" : "date.this-month";
            return month.isValidDay(day) ? Candidate.ofDay(m.start(), m.end(), month.atDay(day), rule) : null;
        }
        int month = january ? 1 : ChineseNumbers.parse(monthWord);
        if (m.group(1) != null || m.group(2) != null) {
            int year = m.group(1) != null ? year(m.group(1)) : scan.today.getYear() + relativeYear(m.group(2));
            LocalDate date = date(year, month, day);
            return date == null ? null : Candidate.ofDay(m.start(), m.end(), date, "date.full");
        }
        LocalDate date = date(scan.today.getYear(), month, day);
        boolean moved = date != null && date.isBefore(scan.today);
        if (moved) {
            date = date(scan.today.getYear() + 1, month, day);
            if (date != null && date.isAfter(scan.today.plusMonths(FURTHEST_ROLLED_FORWARD_MONTHS))) {
                return null; // "6月3日冰雹致葡萄受灾" said on 6/5 tells of that day, not of next year's
            }
        }
        return date == null ? null : Candidate.ofDay(m.start(), m.end(), date, "date.month-day").movedForward(moved);
    }

    private static int year(String text) {
        int y = ChineseNumbers.parse(text);
        return text.length() == 2 && y >= 0 ? 2000 + y : y;
    }

    static int relativeYear(String word) {
        return switch (word.charAt(0)) {
            case '明' -> 1;
            case '后' -> 2;
            case '去' -> -1;
            case '前' -> -2;
            default -> 0;
        };
    }

    /** The date, or null when it does not exist or is outside the years a deadline can sensibly name. */
    static LocalDate date(int year, int month, int day) {
        if (year < 1950 || year > 2199 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        YearMonth ym = YearMonth.of(year, month);
        return ym.isValidDay(day) ? ym.atDay(day) : null;
    }
}
