package cn.xuanhua.bot.core.intake;

/**
 * Tells a time expression that reports the past, or names a recurring day, from one that sets a deadline, by
 * the words around it: "已于3月5日提交", "6月10号提交的", "5月以来", "周一来过一次", "节后就一直停电",
 * "每个月的15号"; and, for a day that could be a past one read forward, "8月1日就交了", "春节前就申请了",
 * "五一节后电费涨了很多". "周一就到期", "月底前就要交", "年后上班就办", "国庆前把工资发了" look ahead. An event's
 * time is no deadline either: "今天又停电了", "明天凌晨2点停电检修".
 * Expressions that are past by their own words ("上周三", "去年年底") need no help here: they name a past day
 * and the reader drops them.
 */
final class PastOrRecurring {
    private static final String[] BEFORE_MARKS = {"已于", "已经于", "已经在", "早在", "自从"};
    private static final String[] DEADLINE_WORDS = {"之前", "以前", "前"};
    private static final String[] AFTER_MARKS = {"已", "提交的", "递交的", "交的", "报的", "申请的", "办的", "报修",
            "以来", "至今", "到现在", "到今天", "那天", "来过", "去过", "找过", "问过", "报过", "反映过", "一直"};
    /** 就 followed by these looks ahead ("月底前就要交", "周一就到期"), otherwise it reports what was done ("就报修了"). */
    private static final String FUTURE_AFTER_JIU = "要得会能可必该需是";
    private static final String[] FUTURE_WORDS_AFTER_JIU = {"到期", "截止", "过期", "停"};
    /** Words that make a clause with 了 a request ("国庆前把工资发了") rather than a report. */
    private static final String[] REQUEST_WORDS = {"把", "要", "必须", "务必", "能", "请", "给", "麻烦", "争取", "希望", "吗"};
    private static final String[] DONE = {"了"};
    /**
     * What happened at that time, said right after it: "今天又停电了", "明天凌晨2点停电检修", "昨晚突然断网". The time is
     * the event's, not a deadline for anyone, whatever is asked later in the message.
     */
    private static final String[] EVENT_MARKS = {"又", "刚", "突然", "停", "断", "坏", "没电", "没水", "没气", "没暖气",
            "没网", "没信号", "出现", "发生"};
    private static final String CLAUSE_END = ",，。！!？?；;\n";

    private PastOrRecurring() {
    }

    static boolean isNotADeadline(Scan scan, Candidate c) {
        return isRecurring(scan, c) || isPast(scan, c) || isEventTime(scan, c);
    }

    /** The time of an event: an event word follows it at once ("今天又停电了"), with no 前/内 in between. */
    private static boolean isEventTime(Scan scan, Candidate c) {
        return scan.startsWithAny(EVENT_MARKS, skip(scan, c.end()));
    }

    /** "每周三", "每个月的15号": 每 shortly before the expression, in the same clause. */
    private static boolean isRecurring(Scan scan, Candidate c) {
        for (int i = c.start() - 1; i >= Math.max(0, c.start() - 4); i--) {
            char ch = scan.at(i);
            if (ch == '每') {
                return true;
            }
            if (CLAUSE_END.indexOf(ch) >= 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean isPast(Scan scan, Candidate c) {
        for (String mark : BEFORE_MARKS) {
            if (scan.endsWith(mark, c.start())) {
                return true;
            }
        }
        int i = skip(scan, c.end());
        for (String w : DEADLINE_WORDS) {
            if (scan.startsWith(w, i)) {
                i = skip(scan, i + w.length());
                break;
            }
        }
        boolean jiu = scan.at(i) == '就';
        if (scan.startsWithAny(AFTER_MARKS, i) || jiu && scan.startsWith("一直", i + 1)) {
            return true;
        }
        if (!c.movedForward()) {
            return false; // "明天就是截止日了", "下周就开工了": a day that can only be ahead stays a deadline
        }
        if (jiu) {
            boolean ahead = FUTURE_AFTER_JIU.indexOf(scan.at(i + 1)) >= 0 || scan.startsWithAny(FUTURE_WORDS_AFTER_JIU, i + 1);
            return !ahead && clauseHasAny(scan, i + 1, DONE);
        }
        return clauseHasAny(scan, i, DONE) && !clauseHasAny(scan, clauseStart(scan, c.start()), REQUEST_WORDS);
    }

    private static int clauseStart(Scan scan, int i) {
        while (i > 0 && CLAUSE_END.indexOf(scan.at(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static boolean clauseHasAny(Scan scan, int from, String[] words) {
        for (int i = from; i < scan.length() && CLAUSE_END.indexOf(scan.at(i)) < 0; i++) {
            if (scan.startsWithAny(words, i)) {
                return true;
            }
        }
        return false;
    }

    private static int skip(Scan scan, int i) {
        while (scan.at(i) == ' ') {
            i++;
        }
        return i;
    }
}
