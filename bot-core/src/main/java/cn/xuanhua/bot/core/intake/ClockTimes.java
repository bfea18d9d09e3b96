package cn.xuanhua.bot.core.intake;

import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times: "上午10点", "下午三点半", "晚上8点", "10:30", "中午12点". A clock time right after a date word belongs
 * to that date ("明天上午10点"); on its own it means today, but only when it is plainly a deadline ("下午5点前"), since
 * "每天晚上8点停电" is a complaint, not a deadline. A bare hour from 1 to 6 is read as afternoon (office hours).
 */
final class ClockTimes implements DeadlineRule {
    private static final Pattern CLOCK = Pattern.compile(
            "(?=[上下中晚傍早凌夜0-9零一二两三四五六七八九十])(上午|下午|中午|晚上|傍晚|早上|早晨|凌晨|夜里|晚|早)?"
                    + "(?:([0-9]{1,2}|[零一二两三四五六七八九十]{1,3})(点钟|点|时)"
                    + "(?:(半)|(一刻|三刻)|([0-9]{1,2}|[零一二三四五六七八九十]{1,3})(分)?)?"
                    + "|([0-9]{1,2}):([0-9]{2})(?![0-9]))");
    /** Words that name a part of the day without an hour: the date stays date-only, but they belong to it. */
    private static final String[] PART_WORDS = {"上午", "下午", "中午", "晚上", "傍晚", "早上", "早晨", "凌晨", "下班", "上班"};
    private static final String[] CUE_AFTER = {"前", "之前", "以前", "截止", "为止"};
    private static final String[] CUE_BEFORE = {"截止", "截至", "最晚", "最迟", "不晚于", "不迟于"};
    private static final String[] OFF_WORK = {"下班前", "下班之前", "下班以前"};
    private static final LocalTime NO_TIME = null;
    private static final LocalTime NOON = LocalTime.NOON;

    /** A clock time read at a position; {@code time} null means date-only (a part-of-day word, or 晚上12点). */
    record Clock(int start, int end, LocalTime time) {
    }

    @Override
    public int anchors() {
        return Scan.CLOCK | Scan.WORK;
    }

    /** Standalone clock times with a deadline cue, "中午前" and "下班前" on their own: all mean today. */
    @Override
    public void collect(Scan scan, List<Candidate> out) {
        if ((scan.mask & Scan.CLOCK) != 0) {
            Matcher m = CLOCK.matcher(scan.text);
            while (m.find()) {
                Clock clock = clock(scan, m, DayPart.NONE, false);
                if (clock != null && hasCue(scan, m.start(), m.end())) {
                    out.add(new Candidate(m.start(), m.end(), scan.today, clock.time(), "clock.today", false, DayPart.NONE));
                }
            }
        }
        for (int i = scan.text.indexOf("中午"); i >= 0; i = scan.text.indexOf("中午", i + 2)) {
            if (isNoonDeadline(scan, i)) {
                out.add(new Candidate(i, i + 2, scan.today, NOON, "clock.today", false, DayPart.NONE));
            }
        }
        for (int i = scan.text.indexOf("下班"); i >= 0; i = scan.text.indexOf("下班", i + 2)) {
            if (scan.startsWithAny(OFF_WORK, i)) {
                out.add(Candidate.ofDay(i, i + 2, scan.today, "offwork.today"));
            }
        }
    }

    /** The clock time (or part-of-day word) that starts exactly at {@code pos}, or null. */
    static Clock readAt(Scan scan, int pos, DayPart hint) {
        char c = scan.at(pos);
        if (c == '\0') {
            return null;
        }
        Matcher m = CLOCK.matcher(scan.text).region(pos, scan.length());
        if (m.lookingAt()) {
            Clock clock = clock(scan, m, hint, true);
            if (clock != null) {
                return clock;
            }
        }
        if (isNoonDeadline(scan, pos)) {
            return new Clock(pos, pos + 2, NOON);
        }
        return scan.startsWithAny(PART_WORDS, pos) ? new Clock(pos, pos + 2, NO_TIME) : null;
    }

    private static boolean hasCue(Scan scan, int start, int end) {
        for (String cue : CUE_BEFORE) {
            if (scan.endsWith(cue, start)) {
                return true;
            }
        }
        return scan.startsWithAny(CUE_AFTER, end);
    }

    /** "中午前" is as precise as "12点前"; other part-of-day words before 前 are not ("上午前" is rare and vague). */
    private static boolean isNoonDeadline(Scan scan, int pos) {
        return scan.startsWith("中午", pos) && scan.startsWithAny(CUE_AFTER, pos + 2);
    }

    /** @param attached true right after a date word, where the character before is the date's, not a digit's */
    private static Clock clock(Scan scan, Matcher m, DayPart hint, boolean attached) {
        String word = m.group(1);
        DayPart part = word == null ? hint : part(word);
        boolean colon = m.group(2) == null;
        String hourText = colon ? m.group(8) : m.group(2);
        if (word == null && !attached && isInsideNumber(scan.at(m.start() - 1))) {
            return null;
        }
        if (!colon && hourText.equals("一") && !clearlyAnHour(scan, m, word)) {
            return null; // "快一点", "早一点", "一时半会" are not clock times
        }
        int hour = hour24(ChineseNumbers.parse(hourText), part, word);
        int minute = 0;
        int end = m.end();
        if (colon) {
            minute = Integer.parseInt(m.group(9));
        } else if (m.group(4) != null) {
            minute = 30;
        } else if (m.group(5) != null) {
            minute = m.group(5).equals("一刻") ? 15 : 45;
        } else if (m.group(6) != null) {
            String mm = m.group(6);
            boolean chinese = mm.charAt(0) > '9';
            if (chinese && m.group(7) == null && mm.indexOf('十') < 0) {
                end = m.end(3); // "三点一起" – the 一 is not a minute
            } else {
                minute = ChineseNumbers.parse(mm);
            }
        }
        if (hour < 0 || minute < 0 || minute > 59) {
            return null;
        }
        return new Clock(m.start(), end, hour == 24 ? NO_TIME : LocalTime.of(hour, minute));
    }

    private static boolean clearlyAnHour(Scan scan, Matcher m, String word) {
        if (word != null && word.length() == 2) {
            return true;
        }
        if (m.group(3).equals("时")) {
            return false;
        }
        return m.group(3).equals("点钟") || "前之以整".indexOf(scan.at(m.end(3))) >= 0;
    }

    private static boolean isInsideNumber(char before) {
        return ChineseNumbers.isNumeral(before) || before == '.' || before == ':';
    }

    private static DayPart part(String word) {
        return switch (word) {
            case "上午", "早上", "早晨", "凌晨", "早" -> DayPart.MORNING;
            case "中午" -> DayPart.NOON;
            case "下午", "傍晚" -> DayPart.AFTERNOON;
            default -> DayPart.EVENING;
        };
    }

    /** 0–23, 24 for "the end of the day" (晚上12点), -1 when not a valid hour. */
    private static int hour24(int h, DayPart part, String word) {
        if (h < 0 || h > 24) {
            return -1;
        }
        return switch (part) {
            case MORNING -> "凌晨".equals(word) && h == 12 ? 0 : h;
            case NOON -> h <= 3 ? h + 12 : h;
            case AFTERNOON -> h < 12 ? h + 12 : h;
            case EVENING -> h < 12 ? h + 12 : (h == 12 ? 24 : h);
            case NONE -> h >= 1 && h <= 6 ? h + 12 : h;
        };
    }
}
