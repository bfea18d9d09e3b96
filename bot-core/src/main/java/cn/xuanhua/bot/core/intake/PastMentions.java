package cn.xuanhua.bot.core.intake;

/**
 * Tells a time expression that reports the past from one that sets a deadline, by the words around it:
 * "已于3月5日提交", "6月10号提交的", "5月以来", "周一来过一次"; and, for a day that could be a past one read
 * forward, "8月1日就交了", "春节前就申请了". "周一就到期", "月底前就要交", "年后上班就办" look ahead. Expressions that are past by
 * their own words ("上周三", "去年年底") need no help here: they name a past day and the reader drops them.
 */
final class PastMentions {
    private static final String[] BEFORE_MARKS = {"已于", "已经于", "已经在", "早在", "自从"};
    private static final String[] DEADLINE_WORDS = {"之前", "以前", "前"};
    private static final String[] AFTER_MARKS = {"已", "提交的", "递交的", "交的", "报的", "申请的", "办的", "报修",
            "以来", "至今", "到现在", "到今天", "那天", "来过", "去过", "找过", "问过", "报过", "反映过"};
    /** 就 followed by these looks ahead ("月底前就要交", "周一就到期"), otherwise it reports what was done ("就报修了"). */
    private static final String FUTURE_AFTER_JIU = "要得会能可必该需是";
    private static final String[] FUTURE_WORDS_AFTER_JIU = {"到期", "截止", "过期", "停"};
    private static final String CLAUSE_END = ",，。！!？?；;\n";

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
        if (scan.startsWithAny(AFTER_MARKS, i)) {
            return true;
        }
        if (!c.movedForward()) {
            return false; // "明天就是截止日了", "下周就开工了": a day that can only be ahead stays a deadline
        }
        if (scan.at(i) != '就' || FUTURE_AFTER_JIU.indexOf(scan.at(i + 1)) >= 0
                || scan.startsWithAny(FUTURE_WORDS_AFTER_JIU, i + 1)) {
            return false; // "把工资发了" without 就 is a request, not a report
        }
        return clauseReportsDoneAction(scan, i + 1);
    }

    /** "就交了", "就报修了": a 了 before the clause ends; "年后上班就办" has none and looks ahead. */
    private static boolean clauseReportsDoneAction(Scan scan, int from) {
        for (int i = from; i < scan.length(); i++) {
            char c = scan.at(i);
            if (c == '了') {
                return true;
            }
            if (CLAUSE_END.indexOf(c) >= 0) {
                return false;
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
