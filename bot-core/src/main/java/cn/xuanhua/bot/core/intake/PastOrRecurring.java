package cn.xuanhua.bot.core.intake;

/**
 * Tells a time expression that reports the past, or names a recurring day, from one that sets a deadline, by
 * the words around it: "已于3月5日提交", "6月10号提交的", "5月以来", "周一来过一次", "节后就一直停电",
 * "每个月的15号"; and, for a day that could be a past one read forward, "8月1日就交了", "春节前就申请了",
 * "五一节后电费涨了很多". "周一就到期", "月底前就要交", "年后上班就办", "国庆前把工资发了" look ahead. An event's
 * time is no deadline either: "今天又停电了", "明天凌晨2点停电检修"; nor a date someone else promised
 * ("说好年底发", "电信说这周内给开通", "当时说二十个工作日"), nor a day asked about for opening hours ("周六上班吗",
 * "能不能周六上午留个人"), nor where something started ("从周一开始") or a time that has come ("又到年底了"). A cutoff
 * or an order given to the writer is a deadline ("现在让月底前搬走", "工信局说3月15号截止"), as the contract reads it.
 * Expressions that are past by their own words ("上周三", "去年年底") need no help here: they name a past day
 * and the reader drops them.
 */
final class PastOrRecurring {
    private static final String[] BEFORE_MARKS = {"已于", "已经于", "已经在", "早在", "自从"};
    private static final String[] DEADLINE_WORDS = {"之前", "以前", "前"};
    private static final String[] AFTER_MARKS = {"已", "提交的", "递交的", "交的", "报的", "申请的", "办的", "报修",
            "以来", "至今", "到现在", "到今天", "来过", "去过", "找过", "问过", "报过", "反映过", "一直",
            // A notice or a ticket an office issued then: "今天下的通知30天内整改" (the 30 days are the deadline).
            "下的", "发的", "开的", "贴的", "收到的", "接到的"};
    /** 就 followed by these looks ahead ("月底前就要交", "周一就到期"), otherwise it reports what was done ("就报修了"). */
    private static final String FUTURE_AFTER_JIU = "要得会能可必该需是";
    private static final String[] FUTURE_WORDS_AFTER_JIU = {"到期", "截止", "过期", "停"};
    /** "那天" after a day that could be a past one tells what happened then. */
    private static final String THAT_DAY = "那天";
    /** Words that make a clause with 了 a request ("国庆前把工资发了") rather than a report. */
    private static final String[] REQUEST_WORDS = {"把", "要", "必须", "务必", "能", "请", "给", "麻烦", "争取", "希望", "吗"};
    private static final String[] DONE = {"了"};
    /**
     * What happened at that time, said right after it: "今天又停电了", "明天凌晨2点停电检修", "昨晚突然断网". The time is
     * the event's, not a deadline for anyone, whatever is asked later in the message.
     */
    private static final String[] EVENT_MARKS = {"又", "刚", "突然", "停", "断", "坏", "没电", "没水", "没气", "没暖气",
            "没网", "没信号", "出现", "发生", "差点", "接到", "收到",
            // A notice put up then: "社区今天贴通知说…让三天内把车挪走" (the three days are the deadline).
            "贴", "下通知", "发通知", "下了通知", "发了通知"};
    /** Words that pass on a date someone else promised or wrote, up to {@link #SOMEONE_ELSES_REACH} before it. */
    private static final String[] PROMISED = {"说好", "说是", "说要", "答应", "承诺", "写的", "排到"};
    /**
     * A word that passes on what someone else said, right before the date ("说年底结账", "学校称年底前付清"). Not 让: an
     * order given to the writer ("让月底前搬走") sets the date the owner needs things by, as the contract reads a cutoff.
     */
    private static final String[] SAID = {"说", "称"};
    /** Between a word passing something on and the date, these make it an order given to the writer ("说是违建让年前拆掉"). */
    private static final String[] ORDERED = {"让", "要求", "责令", "限"};
    /** After "说…前", these make it what the other side promised to do ("说年底前还", "说过年前给"). */
    private static final String[] PROMISED_DEED = {"给", "发", "还", "付", "到账", "办", "开通", "修", "结", "拨", "兑现",
            "退", "来看", "来修", "来查", "上门", "派人"}; // "供电所说这周五前来看，也没个准信" (blind49, 2026-11-30)
    /** Between "说…前" and the deed, the other side's assurance: "对方说年前一定给", "说节前肯定到账", "又说国庆前再给". */
    private static final String[] ASSURANCES = {"一定", "肯定", "保证", "保准", "准", "再"};
    /** Words that say what happens otherwise: "不然车不放", "否则罚款". */
    private static final String[] OTHERWISE = {"不然", "否则", "要不然"};
    /** How far after the date (characters, within its sentence) an {@link #OTHERWISE} may stand. */
    private static final int THREAT_REACH = 24;
    /** What runs out or is cut off on the date, said right after it or after what runs out ({@link #expiresThen}). */
    private static final String[] RUNS_OUT = {"到期", "截止"};
    /** How far after the date the 到期 of what runs out may stand: "11月底合同到期", "周五营业执照到期". */
    private static final int EXPIRY_REACH = 4;
    /** What follows 不 in a condition on the writer: "不交钱就不收了". */
    private static final String[] THEN = {"就"};
    /** How far after 不 the 就 of a condition may stand: "不交材料贷款就黄了". */
    private static final int CONDITION_REACH = 6;
    /** How far (characters) a promise word may stand before the date: "说好年底发", "答应下个月给". */
    private static final int SOMEONE_ELSES_REACH = 4;
    /** Before that word in the clause, these make it the writer's own request ("能不能让他们周五前修好"). */
    private static final String[] OWN_REQUEST = {"请", "麻烦", "能不能", "能否", "希望", "务必"};
    /**
     * After the date, these make it a date the writer must meet ("银行说下周五之前得把证明交过去") or a cutoff
     * ("3月15号截至"); 截止 and 到期, there or a few characters on ("工信局说3月15号截止", "说月底就到期"), are
     * {@link #expiresThen}.
     */
    private static final String[] OBLIGATION = {"得", "必须", "要", "务必", "截至"};
    /** A day followed by these asks when an office is open, not by when something must be done. */
    private static final String[] OPENING_HOURS = {"上班", "开门", "营业", "值班", "办公", "留个人", "留人", "有人",
            "也开", "开半天", "不上班", "不开门", "日不上班", "日不开门"};
    /** Words before a weekday that make it the name of today ("今天周日还上班", "今天周一客人多"). */
    private static final String[] TODAY = {"今天", "今儿", "今日"};
    /** After a date, these say from then on: "10月15号以后才供暖". */
    private static final String[] FROM_THEN_ON = {"以后", "之后"};
    /** Before a date in its clause, these make it a day that comes every year: "往年10月15号…", "每年3月…". */
    private static final String[] EVERY_YEAR = {"往年", "历年", "每年"};
    /** A weekday followed by these is a market day ("周六集上的摊位"), which comes every week. */
    private static final String[] MARKET_DAY = {"集", "大集"};

    private PastOrRecurring() {
    }

    static boolean isNotADeadline(Scan scan, Candidate c) {
        return isRecurring(scan, c) || isPast(scan, c) || isEventTime(scan, c) || isSomeoneElses(scan, c)
                || isOpeningHours(scan, c) || isStartOrArrival(scan, c) || namesToday(scan, c)
                || NotTheWritersDeadline.applies(scan, c);
    }

    /** "今天周日还上班": the weekday after 今天 names today, and sets nothing. */
    private static boolean namesToday(Scan scan, Candidate c) {
        return isWeekday(c) && scan.endsWithAny(TODAY, scan.skipSpacesBack(c.start()));
    }

    private static boolean isWeekday(Candidate c) {
        return c.rule().startsWith("weekday");
    }

    /**
     * A date someone else promised, passed on: "分红说好年底发", "电信说这周内给开通". Not when the writer asks for
     * it in the same clause ("能不能让他们周五前修好"), nor when it is one the writer must meet ("银行说下周五之前得把
     * 证明交过去", "工信局说3月15号截止"), nor a cutoff passed on with a bare 说 ("银行说下周四前不交材料贷款就黄了"; but "说年底前还" is a promise).
     * A clause ends at punctuation or a space, as these chats write.
     */
    private static boolean isSomeoneElses(Scan scan, Candidate c) {
        int after = scan.skipSpaces(c.end());
        boolean beforeTheDate = scan.at(c.end() - 1) == '前';
        int pastDeadlineWord = scan.past(DEADLINE_WORDS, after);
        if (pastDeadlineWord != after) {
            after = scan.skipSpaces(pastDeadlineWord);
            beforeTheDate = true;
        }
        if (scan.startsWithAny(OBLIGATION, after) || isConditionOnTheWriter(scan, after) || expiresThen(scan, after)) {
            return false;
        }
        for (int i = c.start() - 1; i >= Math.max(0, c.start() - SOMEONE_ELSES_REACH - 2); i--) {
            if (Scan.isClauseEnd(scan.at(i))) {
                break;
            }
            for (String word : PROMISED) {
                if (scan.startsWith(word, i) && c.start() - (i + word.length()) <= SOMEONE_ELSES_REACH) {
                    return !scan.anyBetween(scan.clauseStart(i), i, OWN_REQUEST)
                            && !scan.anyBetween(i + word.length(), c.start(), ORDERED);
                }
            }
        }
        int deed = scan.past(ASSURANCES, after);
        if (deed != after && scan.startsWithAny(OBLIGATION, deed)) {
            return false; // "说年前一定要交": a cutoff passed on
        }
        if (beforeTheDate && !scan.startsWithAny(PROMISED_DEED, deed)) {
            return false; // "银行说下周四前不交材料贷款就黄了", "通知说28号前交": a cutoff passed on, not a promise
        }
        int said = scan.before(SAID, c.start());
        return said >= 0 && !scan.anyBetween(scan.clauseStart(said), said, OWN_REQUEST) && !threatFollows(scan, after);
    }

    /**
     * "林业站说半个月内把手续补上，不然车不放": what happens otherwise, said after the date in the same sentence, makes it
     * a cutoff set on the writer; nobody threatens with their own promise.
     */
    private static boolean threatFollows(Scan scan, int after) {
        for (int i = after; i < Math.min(scan.length(), after + THREAT_REACH); i++) {
            if (Scan.isSentenceEnd(scan.at(i))) {
                return false;
            }
            if (scan.startsWithAny(OTHERWISE, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "房管所说11月底合同到期", "说下周三执照到期": what the writer holds runs out on the date (its name between the
     * date and 到期 or 截止, within {@link #EXPIRY_REACH} characters), a time still to come that the appeal is about.
     */
    static boolean expiresThen(Scan scan, int after) {
        return scan.anyInClause(after, after + EXPIRY_REACH + 1, RUNS_OUT);
    }

    /**
     * "说这周五不交钱就不收了", "说一周内不检就得停用", "说下周一再不给答复就去投诉": right after the date, what happens unless the writer acts by it
     * (不 …就, within {@link #CONDITION_REACH} characters of its clause) makes it a cutoff set on the writer.
     */
    private static boolean isConditionOnTheWriter(Scan scan, int after) {
        if (scan.at(after) == '再' || scan.at(after) == '还') {
            after++; // "客户说下周一再不给答复就去投诉" (blind50, 2026-11-30)
        }
        return scan.at(after) == '不' && scan.anyInClause(after + 1, after + CONDITION_REACH + 1, THEN);
    }

    /**
     * "周六上班吗", "能不能周六上午留个人", "周六也开半天": the day an office is open, asked for (the word may have
     * been read into the date as a part of the day: "周六上班"); "明天上班前" stays a deadline.
     */
    private static boolean isOpeningHours(Scan scan, Candidate c) {
        int after = scan.skipSpaces(c.end());
        if (scan.startsWith("前", after) || scan.startsWith("之前", after) || scan.at(c.end() - 1) == '前') {
            return false;
        }
        for (int i = c.start(); i <= after; i++) {
            if (scan.startsWithAny(OPENING_HOURS, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "从周一开始就连不上": where something started, not when it must end. "又到年底了", "都月底了": the time has
     * come, said in passing.
     */
    private static boolean isStartOrArrival(Scan scan, Candidate c) {
        if (scan.endsWith("从", c.start()) || scan.endsWith("自", c.start())) {
            return true;
        }
        if (scan.at(c.end()) == '起' && scan.at(c.end() + 1) != '来') {
            // "明天起开始供暖", "下月1号起执行新标准": when something starts. "下周一起去" (together) is read the same
            // way and loses its Monday; none of the 7,937 labelled appeals says it (one staff reply does).
            return true;
        }
        if (scan.startsWithAny(FROM_THEN_ON, scan.skipSpaces(c.end()))) {
            return true; // "往年10月15号以后才供暖": from that day on, not by it (blind49, 2026-11-30)
        }
        return (scan.endsWith("到", c.start()) || scan.endsWith("都", c.start())) && scan.at(c.end()) == '了';
    }

    /** The time of an event: an event word follows it at once ("今天又停电了"), with no 前/内 in between. */
    private static boolean isEventTime(Scan scan, Candidate c) {
        return scan.startsWithAny(EVENT_MARKS, scan.skipSpaces(c.end()));
    }

    /**
     * "每周三", "每个月的15号": 每 shortly before the expression, in the same clause; or a weekday that names a market
     * day ("周六集上的摊位").
     */
    private static boolean isRecurring(Scan scan, Candidate c) {
        if (isWeekday(c) && scan.startsWithAny(MARKET_DAY, c.end())) {
            return true;
        }
        if (scan.anyBetween(scan.clauseStart(c.start()), c.start(), EVERY_YEAR)) {
            return true;
        }
        for (int i = c.start() - 1; i >= Math.max(0, c.start() - 4); i--) {
            char ch = scan.at(i);
            if (ch == '每') {
                return true;
            }
            if (Scan.isClauseEnd(ch)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "年前打的疫苗", "节前装的表": a verb of one character and 的 right after a day that could be a past one tell
     * what was done then (beside {@link #AFTER_MARKS}' 交的, 办的…); not "要的", "得的" ({@link #FUTURE_AFTER_JIU}).
     */
    private static boolean isDoneThen(Scan scan, int i) {
        char verb = scan.at(i);
        return scan.at(i + 1) == '的' && Character.UnicodeScript.of(verb) == Character.UnicodeScript.HAN
                && FUTURE_AFTER_JIU.indexOf(verb) < 0 && verb != '的';
    }

    private static boolean isPast(Scan scan, Candidate c) {
        for (String mark : BEFORE_MARKS) {
            if (scan.endsWith(mark, c.start())) {
                return true;
            }
        }
        int i = scan.skipSpaces(c.end());
        int pastDeadlineWord = scan.past(DEADLINE_WORDS, i);
        if (pastDeadlineWord != i) {
            i = scan.skipSpaces(pastDeadlineWord);
        }
        boolean jiu = scan.at(i) == '就';
        if (scan.startsWithAny(AFTER_MARKS, i) || jiu && scan.startsWith("一直", i + 1)) {
            return true;
        }
        if (!c.movedForward()) {
            return false; // "明天就是截止日了", "下周就开工了": a day that can only be ahead stays a deadline
        }
        if (scan.startsWith(THAT_DAY, i)) {
            return true; // "3月5号那天来过一次"; but "想6月12号那天办个读书会" is ahead (blind50, 2026-11-30)
        }
        if (isDoneThen(scan, i)) {
            return true;
        }
        if (jiu) {
            boolean ahead = FUTURE_AFTER_JIU.indexOf(scan.at(i + 1)) >= 0 || scan.startsWithAny(FUTURE_WORDS_AFTER_JIU, i + 1);
            return !ahead && scan.anyInClauseFrom(i + 1, DONE);
        }
        return scan.anyInClauseFrom(i, DONE) && !scan.anyInClauseFrom(scan.clauseStart(c.start()), REQUEST_WORDS);
    }
}
