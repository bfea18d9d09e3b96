package cn.xuanhua.bot.core.intake;

/**
 * Tells a time expression that reports the past from one that sets a deadline, by the words around it:
 * "8月1日就交了", "春节前就申请了", "已于3月5日提交", "6月10号提交的", "5月以来". Expressions that are past by
 * their own words ("上周三", "去年年底") need no help here: they name a past day and the reader drops them.
 */
final class PastMentions {
    private static final String[] BEFORE_MARKS = {"已于", "已经于", "已经在", "早在", "自从"};
    private static final String[] DEADLINE_WORDS = {"之前", "以前", "前"};
    private static final String[] AFTER_MARKS = {"已", "提交的", "递交的", "交的", "报的", "申请的", "办的", "报修",
            "以来", "至今", "到现在", "到今天", "那天"};
    /** 就 followed by these looks ahead ("月底前就要交", "周一就到期"), otherwise it reports what was done ("就报修了"). */
    private static final String FUTURE_AFTER_JIU = "要得会能可必该需";
    private static final String[] FUTURE_WORDS_AFTER_JIU = {"到期", "截止", "过期", "停"};

    private PastMentions() {
    }

    static boolean isPast(Scan scan, Candidate c) {
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
        if (scan.at(i) == '就') {
            return FUTURE_AFTER_JIU.indexOf(scan.at(i + 1)) < 0 && !scan.startsWithAny(FUTURE_WORDS_AFTER_JIU, i + 1);
        }
        return scan.startsWithAny(AFTER_MARKS, i);
    }

    private static int skip(Scan scan, int i) {
        while (scan.at(i) == ' ') {
            i++;
        }
        return i;
    }
}
