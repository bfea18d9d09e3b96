package cn.xuanhua.bot.core.intake;

/**
 * Dates the writer names without asking anyone to act by them (docs/deadlines.md, "Deadlines need a cue"): a
 * month's or year's end named as a season ("年底资金压力大", "今年年底的消费券活动", "年底了"), and days listed one after another
 * ("今天五块明天十块", "今天说明天 明天说后天"); and a festival naming a season ("年前客流大", "春节前后做市集").
 * The time of something still to come stays a deadline ("营业执照周一就到期了", "后天下午三点开宣讲会"), and so
 * does a cutoff or an order given to the writer ("镇里让我们月底前拆", "环保局要求本月20号之前完成整改,能不能延期"):
 * the contract's cases read them so (docs/deadlines.md).
 */
final class NotTheWritersDeadline {
    /**
     * What follows a month's or year's end said as a deadline: "月底要发工资", "年底就到期", "月底能不能"; 截止 and 到期,
     * also a few characters on ("11月底合同到期"), are {@link PastOrRecurring#expiresThen}.
     */
    private static final String[] MUST_OR_ASK = {"要", "得", "必须", "务必", "一定", "能", "给", "就", "之前", "前"};
    /**
     * Before a month's or year's end, these ask for it or set it as a limit: "最晚月底", "争取年底", "能不能月底",
     * "给的期限是六月底", "限期本月底", "要求本月底完成".
     */
    private static final String[] ASKING_BEFORE = {"截止", "截至", "最晚", "最迟", "争取", "务必", "必须", "能不能",
            "能否", "麻烦", "请", "希望", "赶在", "在", "期限", "限期", "要求", "责令"};
    /**
     * An obligation a few words after a month's or year's end, past what must be done: "月底工资必须发", "年底账务必
     * 须结清" (the end is the deadline, not a season).
     */
    private static final String[] OBLIGATIONS = {"必须", "务必", "一定要"};
    /** How far after the end such an obligation may stand. */
    private static final int OBLIGATION_REACH = 4;
    private static final String[] DAY_WORDS = {"今天", "明天", "后天"};
    /**
     * After a festival's 前/后, these make it the time around the festival, not a date to meet: "年前的汽车以旧换新补贴",
     * "春节前后做市集", "年前这段时间进货多", "年前客流大", "年前卖年货", "节后我们想开个分店", "节后才上班",
     * "年前正是办席的时候", "年前最后一批清欠的款还有没有", "年前有一批消费券要发", "年前年后评价公司都没人".
     */
    private static final String[] AROUND_A_FESTIVAL = {"的", "后", "年后", "这段", "那段", "期间", "客流", "订单", "快递",
            "卖", "搞", "进货", "订", "说", "我们想", "才", "正是", "正赶上", "最后一", "有一批", "有批",
            // how much work the season brings: "年前件量大" (a parcel depot; blind50, 2026-11-30)
            "件量", "单量", "货量"};
    /** How busy a season is, in the clause after a festival: "年前住客多", "节前生意忙" (not 好: "年前修好"; not 旺: blind31 reads "中秋节前是旺季，请协调" as its deadline). */
    private static final String[] BUSY = {"多", "忙", "紧张"};
    /** In such a clause these still ask or order something by the festival: "年前要货的多" is read as a season only without them. */
    private static final String[] SEASON_ASKS = {"要", "得", "必须", "能", "把", "请", "给", "让", "前"};
    /** A guess after the festival: "年前肯定做不出来", "节前估计办不下来". */
    private static final String[] GUESSES = {"肯定", "估计", "可能", "怕是", "恐怕"};
    /** What the guess says cannot be done by then. */
    private static final String[] CANNOT = {"不", "没"};
    /** The end a verb cannot reach in "招不上", "找不到", "干不了", "回不来". */
    private static final String CANNOT_REACH = "上到了来动出起下完";
    /** How long a clause after a festival may be to be read as a season or a guess. */
    private static final int SEASON_CLAUSE = 8;
    /** Words before a span that make it a contract's term: "合同约定…后60天内", "合同上写的…30天内". */
    private static final String[] CONTRACT_TERMS = {"约定", "合同上写", "合同写", "合同规定", "合同里写", "协议约定", "协议上写"};
    /** At most this many characters between two days of a list: "今天五块明天", "今天清明天". */
    private static final int LIST_GAP = 2;

    private NotTheWritersDeadline() {
    }

    static boolean applies(Scan scan, Candidate c) {
        return isSeason(scan, c) || isListOfDays(scan, c) || isAroundAFestival(scan, c) || isContractTerm(scan, c);
    }

    /**
     * "合同约定结算审定后60天内付清", "合同上写的收到发票后30天内付款": a span a contract sets from its own event tells the
     * terms, counted from a day the message does not give, not from the message's day.
     */
    static boolean isContractTerm(Scan scan, Candidate c) {
        return c.rule().endsWith(".within") && scan.anyBetween(scan.clauseStart(c.start()), c.start(), CONTRACT_TERMS);
    }

    /** "年底资金压力大", "今年年底的消费券活动", "月底对账总差几百块": an end of a period with no ask around it. */
    static boolean isSeason(Scan scan, Candidate c) {
        if (!c.rule().equals("month.end") && !c.rule().equals("year.end")) {
            return false;
        }
        int after = scan.skipSpaces(c.end());
        if (scan.startsWithAny(MUST_OR_ASK, after) || PastOrRecurring.expiresThen(scan, after)
                || scan.anyInClause(after, after + OBLIGATION_REACH + 1, OBLIGATIONS)
                || scan.anyBetween(scan.clauseStart(c.start()), c.start(), ASKING_BEFORE)) {
            return false;
        }
        return !referredToLater(scan, c.end());
    }

    /** "今天五块明天十块", "今天消防明天人口后天又是啥普查": days named in a row say "every day", not by when. */
    static boolean isListOfDays(Scan scan, Candidate c) {
        if (!c.rule().equals("day.relative")) {
            return false;
        }
        for (int i = c.end(); i <= c.end() + LIST_GAP && !Scan.isClauseEnd(scan.at(i)); i++) {
            if (scan.startsWithAny(DAY_WORDS, i)) {
                return true;
            }
        }
        for (int i = c.start() - 1; i >= c.start() - LIST_GAP - 2 && i >= 0 && !Scan.isClauseEnd(scan.at(i)); i--) {
            if (scan.startsWithAny(DAY_WORDS, i) && i + 2 <= c.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "年前客流大", "节后我们想开个分店": the festival names a season the writer talks about, asking nothing by it; so
     * does a short clause that ends on how busy the season is ("年前住客多", "年前住的人多，这样会不会被查") and a guess
     * at what cannot be done by then ("这个年前肯定做不出来", where the day the licence runs out is the deadline).
     */
    static boolean isAroundAFestival(Scan scan, Candidate c) {
        if (!c.rule().startsWith("festival.")) {
            return false;
        }
        int after = scan.skipSpaces(c.end());
        if (c.rule().equals("festival.after") && (scan.at(after) == '不' || isCannot(scan, after))) {
            return true; // "节后招不上人", "节后不让摆了": how things stand after the festival
        }
        return scan.startsWithAny(AROUND_A_FESTIVAL, after) || isBusySeason(scan, after)
                || scan.startsWithAny(GUESSES, after) && scan.anyInClause(after, after + SEASON_CLAUSE, CANNOT);
    }

    /** A verb that cannot reach its end: "招不上", "找不到", "干不了" (not "能不能"). */
    private static boolean isCannot(Scan scan, int at) {
        return scan.at(at + 1) == '不' && CANNOT_REACH.indexOf(scan.at(at + 2)) >= 0 && scan.at(at) != scan.at(at + 2);
    }

    /**
     * The clause after the festival ends, within {@link #SEASON_CLAUSE} characters, on a word of how busy it is, or has
     * one right after its subject.
     */
    private static boolean isBusySeason(Scan scan, int after) {
        int end = scan.clauseEnd(after);
        if (end - after > SEASON_CLAUSE || scan.anyBetween(after, end, SEASON_ASKS)) {
            return false;
        }
        // "年前住客多" ends on it; "年前车多进进出出的" has it after a one- or two-character subject
        return scan.endsWithAny(BUSY, end) || scan.startsWithAny(BUSY, after + 1) || scan.startsWithAny(BUSY, after + 2);
    }

    /** "…有个标 之前能不能…", "那之前装上": a later clause pointing back at the date. */
    private static boolean referredToLater(Scan scan, int from) {
        return scan.text.indexOf("之前", from) >= 0;
    }
}
