package cn.xuanhua.bot.core.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekdays: a bare "周X/星期X/礼拜X" is its next occurrence on or after today; "这周X/本周X" is in this
 * Monday–Sunday week (even when that day is already past); "下周X" next week; "下下周X" the week after.
 * "上周X" is read too, so that its "周X" is not taken for a future day, and then dropped as past. "这礼拜天天…" is
 * the week and "every day", not a Sunday.
 */
final class WeekdayRule implements DeadlineRule {
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?=[上下这本周星礼])(上上个|上上|下下个|下下|上个|下个|这个|上|下|这|本)?(?:周|星期|礼拜)([一二三四五六日天1-7])");
    /** Before a bare 周X these make it a count or a repetition: 每周三, 两周一次, 隔周五. */
    private static final String NOT_BEFORE_BARE = "每几两半隔整个";

    @Override
    public int anchors() {
        return Scan.WEEK;
    }

    @Override
    public void collect(Scan scan, List<Candidate> out) {
        Matcher m = WEEKDAY.matcher(scan.text);
        while (m.find()) {
            String prefix = m.group(1);
            int start = m.start();
            if ("下".equals(prefix) && scan.at(start - 1) == '一') {
                prefix = null; // "看一下周五能不能办": the 下 belongs to 一下
                start++;
            }
            if (isEveryDay(scan, m)) {
                continue;
            }
            int weekday = weekday(m.group(2).charAt(0));
            LocalDate today = scan.today;
            LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
            if (prefix == null) {
                char before = scan.at(start - 1);
                if (NOT_BEFORE_BARE.indexOf(before) >= 0 || ChineseNumbers.isNumeral(before)) {
                    continue;
                }
                int ahead = Math.floorMod(weekday - today.getDayOfWeek().getValue(), 7);
                out.add(Candidate.ofDay(start, m.end(), today.plusDays(ahead), "weekday.bare").movedForward(ahead > 0));
                continue;
            }
            int weeks = switch (prefix) {
                case "这个", "这", "本" -> 0;
                case "下个", "下" -> 1;
                case "下下", "下下个" -> 2;
                case "上个", "上" -> -1;
                default -> -2;
            };
            String rule = switch (weeks) {
                case 0 -> "weekday.this";
                case 1 -> "weekday.next";
                case 2 -> "weekday.after-next";
                default -> "weekday.last";
            };
            out.add(Candidate.ofDay(start, m.end(), monday.plusWeeks(weeks).plusDays(weekday - 1L), rule));
        }
    }

    /**
     * "这礼拜天天晚上断网": the week, then 天天 (every day), not Sunday. "礼拜天天气" stays Sunday (天气, the weather).
     */
    private static boolean isEveryDay(Scan scan, Matcher m) {
        return m.group(2).charAt(0) == '天' && scan.at(m.end()) == '天' && scan.at(m.end() + 1) != '气';
    }

    private static int weekday(char c) {
        return switch (c) {
            case '一', '1' -> 1;
            case '二', '2' -> 2;
            case '三', '3' -> 3;
            case '四', '4' -> 4;
            case '五', '5' -> 5;
            case '六', '6' -> 6;
            default -> 7;
        };
    }
}
