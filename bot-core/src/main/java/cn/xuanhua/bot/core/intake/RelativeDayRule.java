package cn.xuanhua.bot.core.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 今天 / 明天 / 后天 / 大后天 (and 今晚, 明早 ...). "今天" also opens many complaints ("今天又停电了"), so it
 * counts as a deadline only when its clause asks for something by then ("今天必须", "今天下班前", "今天能不能").
 */
final class RelativeDayRule implements DeadlineRule {
    private static final Pattern DAY = Pattern.compile("(?=[大后今明])(?:大后天|后天|今天|今日|今儿|今晚|今早|明天|明日|明儿|明晚|明早)");
    /** Characters before 后天 that make it part of another word: 以后天天, 今后天… */
    private static final String NOT_BEFORE_HOUTIAN = "以之然今此往随先落午最日前而";
    private static final String[] STRONG = {"前", "内", "为止", "截止", "下班", "点", ":", "最晚", "最迟", "最后一天"};
    private static final String[] ASKING = {"必须", "务必", "一定", "要", "得", "能", "可以", "可否", "请", "麻烦",
            "尽量", "给", "争取", "希望", "答复", "回复", "完成", "处理", "解决", "吗"};

    @Override
    public int anchors() {
        return Scan.TODAY | Scan.AFTER;
    }

    @Override
    public void collect(Scan scan, List<Candidate> out) {
        Matcher m = DAY.matcher(scan.text);
        while (m.find()) {
            String word = m.group();
            int start = m.start();
            if (word.equals("后天") && (NOT_BEFORE_HOUTIAN.indexOf(scan.at(start - 1)) >= 0 || scan.at(m.end()) == '天')) {
                continue;
            }
            int offset = switch (word.charAt(0)) {
                case '今' -> 0;
                case '明' -> 1;
                case '后' -> 2;
                default -> 3;
            };
            if (offset == 0 && !asksForToday(scan, start)) {
                continue;
            }
            DayPart hint = word.endsWith("晚") ? DayPart.EVENING : word.endsWith("早") ? DayPart.MORNING : DayPart.NONE;
            out.add(new Candidate(start, m.end(), scan.today.plusDays(offset), null, "day.relative", false, hint));
        }
    }

    /** The clause of 今天 (a space or punctuation ends it: {@link Scan#CLAUSE_END}) asks for something by then. */
    private static boolean asksForToday(Scan scan, int start) {
        int clause = scan.clauseStart(start);
        return scan.anyInClauseFrom(clause, STRONG) || scan.anyInClauseFrom(clause, ASKING);
    }
}
