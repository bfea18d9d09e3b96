package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.routing.CatalogueReading;
import cn.xuanhua.bot.core.routing.Matter;
import cn.xuanhua.bot.core.routing.ResponsibilityCatalogue;
import cn.xuanhua.bot.core.text.TextSimilarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the writer's open appeals a message carries on, for {@link ActClassifier}: one it opens by naming
 * ("暖气那个…"), or, by cues that name no appeal ("还没来", a progress cue, the same problem or matter again, a
 * carry-on), one the message is not clearly about another owner's matter than (docs/intake.md, "The conversation
 * act"). Thread-safe.
 */
final class OpenAppealMatcher {
    /**
     * How alike (character pairs, cosine) a message must be to one of the writer's open appeals to be the same
     * complaint again: the repeat is added to that appeal instead of making a second one. Above what two reports of
     * different problems reach, below what a reworded repeat reaches (see docs/intake.md).
     */
    static final double SAME_PROBLEM_SIMILARITY = 0.6;
    /**
     * How many words of a matter (pairs of characters, see {@link TextSimilarity#sharedMatterPairs}) an appeal-like
     * message must share with one of the writer's open appeals to be more about that matter ("维保公司…电梯" after
     * "电梯…维保公司不来"): two are shared by chance too often ("店门口" alone gives 店门, 门口).
     */
    static final int SAME_MATTER_PAIRS = 3;
    /** How many characters after a marker of another matter raise one ("另外门口井盖丢了"; not "再问一下"). */
    static final int NEW_MATTER_MIN_CHARACTERS = 6;
    /** A catalogue score that names a matter plainly: a strong term (5), or two hints. */
    static final int CLEAR_MATTER = 5;
    /** A catalogue score a matter reaches by a term that names it alone (weights 6-8, see {@code MatterTerms}). */
    static final int NAMES_A_MATTER = 6;
    /** Someone said something: 说, but not 听说 / 据说 (rumour) nor 说法 (a demand for an answer). */
    private static final String SAID = "(?<![听据])说(?!法)";
    /**
     * What a follow-up tells of its appeal after naming it: what the office said of it ("自然资源那边说在调档案"),
     * urging, details added ("具体位置…", "合同编号…"). Rumour and a demand for an answer (听说, 据说, 说法) belong to a
     * new matter as often as to an old one: they tell nothing.
     */
    private static final Pattern TELLS_OF_IT = Pattern.compile(SAID + "|催|补充|具体|编号|单号");
    /** "入库的事 统计局审了没": a question whether it is done yet, at the end, asks after the open one. */
    private static final Pattern ASKS_WHETHER_DONE = Pattern.compile("了(没|吗|么|没有)[?？!！\\s]*$");
    /** What a unit told the writer: it said, asked, answered ("…的人说", "窗口说", "让我填了张表", "回复说"). */
    private static final Pattern ITS_UNIT_SAID = Pattern.compile(SAID + "|让我|让俺|回复|答复|要求我");
    /** Where a clause ends in chat: punctuation or a space, as these groups write. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[\\s,，。!！?？;；~～]+");
    /** "暖气那个 …", "押金那事有人管没", "摊位费收据的事 …": a message that opens with the matter it is about. */
    private static final Pattern OPENS_WITH_MATTER = Pattern.compile(
            "^\\s*(@\\S+\\s+)?([^\\s,，。!！?？:：]{2,12}?)(那个|那事|那件事|的事)");
    /** "那个大坑还没补", "那个厂子黑夜又冒了": a message that opens pointing at a matter both sides know. */
    private static final Pattern OPENS_POINTING_AT = Pattern.compile(
            "^\\s*(@\\S+\\s+)?那个([^\\s,，。!！?？:：]{2,8})");
    /**
     * Words that carry a matter on from before: again, still, not yet, urging once more, asking when ("又排了",
     * "还没到", "还是黄的", "过了没", "这都12号了", "再麻烦催催", "啥时候来复查").
     */
    private static final Pattern CARRIES_ON = Pattern.compile(
            "又|还没|还是|还不|仍然|依然|了没|这都|再(催|麻烦|问)|催|啥时候|什么时候|多会儿");
    /** Urging: asks that what was asked before be pushed ("催一下", "催催"), so it presupposes an earlier request. */
    private static final Pattern URGES = Pattern.compile("催");
    /**
     * A message that opens by carrying on from something said before, with no subject of its own: "又停了 一天停两回",
     * "还是没人来 都漫到门口了", "还没修呢": from a writer with an open appeal, and naming no matter of its own, it is
     * about that appeal.
     */
    private static final Pattern OPENS_CARRYING_ON = Pattern.compile(
            "^\\s*(@\\S+\\s+)?(又|还是|还没|还不|仍然|依然|照样|到现在还|这都)");

    /**
     * Words that say outright that another matter follows, written by an owner with an open appeal: "还有个事",
     * "现在又一个事", "这回是另一个事", "又来了个事", "再反映一个", "趁这机会", "顺带问一句". What follows them is judged on its own even
     * when its owner is the open appeal's (a second matter for the same unit is an appeal of its own too).
     */
    private static final Pattern SAYS_ANOTHER_MATTER = Pattern.compile(
            "还有(个|一个|件|一件)(事|问题|情况)|又有?(个|一个|件|一件)(事|问题)|新的?问题|另(一|外一)(个|件|回)?(事|问题)"
                    + "|别的事|说别的|两码事|不是一回事|再(说|反映|打听)一?(个|件)|(又|还)(来了?|冒出来|出了)一?(个|件)"
                    + "|又闹了一出|这[回次](是|说|不是)|趁这个?机会|顺带");
    /**
     * Words that turn from the open matter without saying another follows: "还有 …", "还有个 …", "对了 …", "先不说了
     * …", "路灯那事先放放 …". What follows them must be another owner's matter (as after 另外).
     */
    private static final Pattern TURNS_AWAY = Pattern.compile(
            "还有个?(?=[\\s,，:：])|对了|先不说了?|先放一?放|先不急|先不提");
    /**
     * "宽带好了 但是手机卡被开了个套餐", "水管子修好了 可是供水那边收了三百块维修费", "移动信号好了 现在是我的手机号被停了": a
     * clause that ends with something done, then a turn. The open matter is done, so what follows is another matter,
     * even for the same unit, unless it carries the old one on ("修好了 可是又坏了", "可是还是不亮").
     */
    private static final Pattern DONE_THEN_BUT = Pattern.compile(
            "了[\\s,，。!！~]*(谢谢(了|啊|你们|大家)?[\\s,，。!！~]*)?(但是|可是|不过|可(?![以能])|但(?!凡)|现在是|现在|这回是)");
    /** Someone said it ("财政说资金到了"); not "说清楚了", "说明白了", "说好了": that is the thing done. */
    private static final Pattern TOLD = Pattern.compile("说(?![清明好开])");
    /** After something done: words that carry the old matter on ("又坏了", "还是不亮", "还没弄"), not a new one. */
    private static final Pattern CARRIES_THE_OLD_ON = Pattern.compile("又|还没|还是|还不|仍然|依然|了没");

    /** How a writer with an open appeal turns to another matter, and where its words begin. */
    enum TurnKind {
        /** 另外, 顺便, 对了…: what follows must be another owner's matter. */
        MARKER,
        /** 还有个事, 另一个事…: what follows is another matter whatever its owner. */
        SAYS_SO,
        /** "…好了 但是 …": the open one is done; what follows is another matter unless it carries the old one on. */
        AFTER_DONE
    }

    /** A turn to another matter in a message: its kind, where it starts and where the words after it begin. */
    record Turn(TurnKind kind, int start, int begins) {
    }

    /** The catalogue that reads the matter of an open appeal; null when acts are read without one (tests). */
    private final ResponsibilityCatalogue catalogue;

    OpenAppealMatcher(ResponsibilityCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The follow-up or progress question a message makes of one of the writer's open appeals by cues that name no
     * appeal: a cue that the problem is still there, a progress cue, the same problem or matter again, a carry-on;
     * null when none. Only the open appeals the message may carry on count ({@link #mayCarryOn}).
     */
    ActReading carriesOn(String text, Set<String> found, boolean progress, Classification classification,
                         String categoryCode, CatalogueReading reading, SenderContext sender) {
        Matter matter = clearMatter(reading);
        List<Placed> carried = mayCarryOn(sender, matter);
        if (carried.isEmpty()) {
            return null;
        }
        List<SenderContext.OpenAppeal> open = carried.stream().map(Placed::open).toList();
        String newest = open.get(0).number();
        if (found.contains(ActClassifier.STILL)) {
            return progress ? new ActReading(ConversationAct.PROGRESS_QUESTION, newest, List.of(ActClassifier.PROGRESS))
                    : new ActReading(ConversationAct.FOLLOW_UP, newest, List.of(ActClassifier.STILL));
        }
        if (progress) {
            return new ActReading(ConversationAct.PROGRESS_QUESTION, newest, List.of(ActClassifier.PROGRESS));
        }
        if (classification.appeal()) {
            ActReading again = sameAgain(text, categoryCode, matter, carried, open);
            if (again != null) {
                return again;
            }
        }
        return !reading.placed() && OPENS_CARRYING_ON.matcher(text).find()
                ? new ActReading(ConversationAct.FOLLOW_UP, newest, List.of(ActClassifier.REFERS_BACK)) : null;
    }

    /**
     * "供电所的人说要提供养殖场备案证明 我们只有村里开的证明 行不行" beside an open appeal at 供电公司: the writer passes on
     * what the unit handling their open appeal told them and asks the next step. It names that unit (an agency of the
     * catalogue) and tells what it said or asked ({@link #ITS_UNIT_SAID}); null when it does not.
     */
    static ActReading answeredByItsUnit(String text, CatalogueReading reading, SenderContext sender) {
        if (reading == null || reading.agencies().isEmpty() || !ITS_UNIT_SAID.matcher(text).find()) {
            return null;
        }
        for (SenderContext.OpenAppeal open : sender.open()) {
            if (open.departmentCode() != null && reading.agencies().contains(open.departmentCode())) {
                return followUp(open, ActClassifier.ITS_UNIT_ANSWERED);
            }
        }
        return null;
    }

    /**
     * An appeal-like message that says again what one of the open appeals said: the problem, the matter, more of it.
     */
    private static ActReading sameAgain(String text, String categoryCode, Matter matter, List<Placed> carried,
                                        List<SenderContext.OpenAppeal> open) {
        SenderContext.OpenAppeal same = sameProblem(text, open, categoryCode);
        if (same != null) {
            return followUp(same, ActClassifier.SAME_PROBLEM);
        }
        SenderContext.OpenAppeal sameMatter = sameMatter(text, open, categoryCode);
        if (sameMatter != null) {
            return followUp(sameMatter, ActClassifier.SAME_MATTER);
        }
        SenderContext.OpenAppeal sameEntry = sameCatalogueMatter(text, matter, carried);
        if (sameEntry != null) {
            return followUp(sameEntry, ActClassifier.SAME_CATALOGUE_MATTER);
        }
        SenderContext.OpenAppeal carriedOn = carriedOn(text, open);
        return carriedOn == null ? null : followUp(carriedOn, ActClassifier.CARRIED_ON);
    }

    private static ActReading followUp(SenderContext.OpenAppeal open, String reason) {
        return new ActReading(ConversationAct.FOLLOW_UP, open.number(), List.of(reason));
    }

    /** An open appeal with the matter the catalogue clearly places it in (null: none, or not asked). */
    private record Placed(SenderContext.OpenAppeal open, Matter matter) {
    }

    /**
     * The writer's open appeals this message may carry on by cues that name none, each read by the catalogue once:
     * all, unless the catalogue clearly places the message (score at least {@value #CLEAR_MATTER}) in a matter whose
     * owner differs from that of the matter where it clearly places an open appeal. "说好六点来水 都七点了还没来"
     * carries on no open appeal about a noisy tenement, nor is "留抵退税…能帮看看卡在哪个环节吗" a progress question on
     * one about mobile coverage: without this, a new problem written while another is open was added to that one, and
     * its own owner never heard of it. The open appeals are read only when the message is clearly placed.
     */
    private List<Placed> mayCarryOn(SenderContext sender, Matter matter) {
        List<Placed> kept = new ArrayList<>(sender.open().size());
        for (SenderContext.OpenAppeal open : sender.open()) {
            Matter earlier = matter == null ? null : clearMatter(catalogue.read(open.maskedText()));
            if (earlier == null || earlier.ownerCode().equals(matter.ownerCode())) {
                kept.add(new Placed(open, earlier));
            }
        }
        return kept;
    }

    /** The matter a reading clearly places a text in (score at least {@value #CLEAR_MATTER}); null when none. */
    private Matter clearMatter(CatalogueReading reading) {
        return catalogue != null && reading != null && reading.placed() && reading.score() >= CLEAR_MATTER
                ? reading.matter() : null;
    }

    /**
     * The writer's open appeal this message repeats: of the same category (when both are known) and alike enough,
     * the most alike; null when none.
     */
    private static SenderContext.OpenAppeal sameProblem(String text, List<SenderContext.OpenAppeal> open,
                                                        String categoryCode) {
        SenderContext.OpenAppeal best = null;
        double bestSimilarity = SAME_PROBLEM_SIMILARITY;
        for (SenderContext.OpenAppeal o : open) {
            if (otherCategory(o, categoryCode)) {
                continue;
            }
            double similarity = TextSimilarity.of(text, o.maskedText());
            if (similarity >= bestSimilarity) {
                best = o;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    /**
     * The open appeal (of the message's category, when both are known) this message shares the most words of a
     * matter with, at least {@value #SAME_MATTER_PAIRS}.
     */
    private static SenderContext.OpenAppeal sameMatter(String text, List<SenderContext.OpenAppeal> open,
                                                       String categoryCode) {
        SenderContext.OpenAppeal best = null;
        int most = SAME_MATTER_PAIRS - 1;
        for (SenderContext.OpenAppeal o : open) {
            if (otherCategory(o, categoryCode)) {
                continue;
            }
            int shared = TextSimilarity.sharedMatterPairs(text, o.maskedText());
            if (shared > most) {
                best = o;
                most = shared;
            }
        }
        return best;
    }

    /** Whether the open appeal is of another category than the message, when both are known. */
    private static boolean otherCategory(SenderContext.OpenAppeal open, String categoryCode) {
        return categoryCode != null && open.categoryCode() != null && !categoryCode.equals(open.categoryCode());
    }

    /**
     * The open appeal the catalogue clearly places in the matter where it clearly places the message, and that
     * shares a word of it ("停水" in "今儿又停水了" after "自来水频繁停水"); null when none, or without a catalogue. A word
     * shared by many matters ("社区", "村里") places nothing clearly; one matter holds different problems (a blocked
     * drain and a missing manhole cover are both 井盖、下水道), so the matter alone is not enough.
     */
    private static SenderContext.OpenAppeal sameCatalogueMatter(String text, Matter matter, List<Placed> carried) {
        if (matter == null) {
            return null;
        }
        for (Placed p : carried) {
            if (p.matter() != null && p.matter().code().equals(matter.code())
                    && TextSimilarity.sharedMatterPairs(text, p.open().maskedText()) >= 1) {
                return p.open();
            }
        }
        return null;
    }

    /**
     * The open appeal the message carries on: it shares two words of its matter and says again, still or not yet
     * ("洗砂场今天又排了" after "洗砂场污水排入洋河"), or shares one and urges it ("总包…再麻烦催催" after "总包拖欠农民工工资");
     * null when none.
     */
    private static SenderContext.OpenAppeal carriedOn(String text, List<SenderContext.OpenAppeal> open) {
        if (!CARRIES_ON.matcher(text).find()) {
            return null;
        }
        boolean urges = URGES.matcher(text).find();
        for (SenderContext.OpenAppeal o : open) {
            int shared = TextSimilarity.sharedMatterPairs(text, o.maskedText());
            if (shared >= 2 || shared == 1 && urges) {
                return o;
            }
        }
        return null;
    }

    /**
     * "暖气那个修好了 谢谢 另外门口的井盖丢了", "上回的事还没信 现在又有个事 …": after a marker of another matter (另外,
     * 还有个事, 又有个事…) the writer raises one, and when those words are not about one of their open appeals the
     * message is judged as new, not as a follow-up of the appeal it opened with, which would add a new problem to an
     * appeal its own unit never sees (docs/intake.md). About an open appeal: its number, three words of its matter
     * (one or two are shared by chance: 今年, 限上, 村里), or a matter the catalogue clearly places under the same owner.
     * A few characters after the marker ("再问一下") raise nothing. Returns where the words after the marker begin, or
     * -1 when the message raises no new matter so.
     */
    int newMatterAfterMarker(String text, char[] folded, Classification classification, SenderContext sender,
                             Predicate<String> carriesOn) {
        if (!classification.appeal()) {
            return -1;
        }
        Turn turn = turnToAnotherMatter(new String(folded));
        if (turn == null) {
            return -1;
        }
        int begins = turn.begins();
        String rest = text.substring(begins);
        if (!enoughToRaiseAMatter(rest)) {
            return -1;
        }
        if (ActClassifier.namedAppeal(rest, sender) != null) {
            return -1;
        }
        if (turn.kind() == TurnKind.AFTER_DONE && (carriesOn.test(rest) || CARRIES_THE_OLD_ON.matcher(rest).find())) {
            return -1;
        }
        Matter restMatter = catalogue == null || turn.kind() != TurnKind.MARKER ? null : clearMatter(catalogue.read(rest));
        for (SenderContext.OpenAppeal open : sender.open()) {
            // Words in common say "the same matter" after a marker; after words that say another matter follows, or
            // once the open one is done, only the same problem said again does ("贷款的事协调好了 现在是另一家银行…").
            boolean same = turn.kind() == TurnKind.MARKER
                    ? TextSimilarity.sharedMatterPairs(rest, open.maskedText()) >= SAME_MATTER_PAIRS
                    : TextSimilarity.of(rest, open.maskedText()) >= SAME_PROBLEM_SIMILARITY;
            if (same) {
                return -1;
            }
            Matter earlier = restMatter == null ? null : clearMatter(catalogue.read(open.maskedText()));
            if (earlier != null && earlier.ownerCode().equals(restMatter.ownerCode())) {
                return -1;
            }
        }
        return begins;
    }

    /**
     * The first turn to another matter in a (folded) message of a writer with an open appeal: a marker (另外, 还有 …),
     * words that say another matter follows (还有个事, 这回是…), or a clause on something done and a turn ("…好了 但是");
     * null when there is none.
     */
    static Turn turnToAnotherMatter(String folded) {
        Turn first = earlier(null, firstOf(TurnKind.MARKER, MessageClassifier.RAISES_ANOTHER_MATTER, folded));
        first = earlier(first, firstOf(TurnKind.MARKER, TURNS_AWAY, folded));
        first = earlier(first, firstOf(TurnKind.SAYS_SO, SAYS_ANOTHER_MATTER, folded));
        Matcher afterDone = DONE_THEN_BUT.matcher(folded);
        while (afterDone.find()) {
            if (!toldBySomeone(folded, afterDone.start())) {
                return earlier(first, new Turn(TurnKind.AFTER_DONE, afterDone.start(), afterDone.end()));
            }
        }
        return first;
    }

    /** The first turn of {@code kind} that {@code words} finds in the text; null when none. */
    private static Turn firstOf(TurnKind kind, Pattern words, String folded) {
        Matcher m = words.matcher(folded);
        return m.find() ? new Turn(kind, m.start(), m.end()) : null;
    }

    /**
     * Whether the clause that ends at {@code end} passes on what someone said ("财政说资金到了 可商务局…"): then nothing
     * is done, only told.
     */
    private static boolean toldBySomeone(String folded, int end) {
        int clauseStart = 0;
        Matcher breaks = CLAUSE_BREAK.matcher(folded).region(0, end);
        while (breaks.find()) {
            clauseStart = breaks.end();
        }
        return TOLD.matcher(folded).region(clauseStart, end).find();
    }

    /** The turn that starts first; on the same character, one that says more than a marker. */
    private static Turn earlier(Turn found, Turn candidate) {
        if (candidate == null) {
            return found;
        }
        boolean first = found == null || candidate.start() < found.start()
                || candidate.start() == found.start() && candidate.kind() != TurnKind.MARKER;
        return first ? candidate : found;
    }

    /**
     * "罚款那个还在等结果 深井这边又停电了…": with no marker, after an opening clause on one of the writer's open appeals,
     * where the words of a new matter begin; -1 when there are none. The clause break is a weaker sign than a marker,
     * so what follows must plainly be another owner's matter: a term that names a matter alone (score 6 or more), a
     * matter whose owner differs from the one the catalogue clearly places any open appeal under, no word of an open
     * appeal's matter in common, no number of one, and nothing that carries the open one on ({@code carriesOn}: a
     * progress or follow-up cue, "还没"; what an office said, urging, details: {@link #TELLS_OF_IT}). Training writers'
     * follow-ups add details in other words, tell what the office that answered said, urge: those stay follow-ups.
     */
    int newMatterAfterOpeningClause(String text, Classification classification, SenderContext sender,
                                    Predicate<String> carriesOn) {
        if (!classification.appeal() || catalogue == null) {
            return -1;
        }
        int begins = afterOpeningClauseOnOne(text, sender);
        if (begins < 0) {
            return -1;
        }
        String rest = text.substring(begins);
        if (!enoughToRaiseAMatter(rest) || ActClassifier.namedAppeal(rest, sender) != null || carriesOn.test(rest)
                || TELLS_OF_IT.matcher(rest).find() || ASKS_WHETHER_DONE.matcher(rest).find()) {
            return -1;
        }
        CatalogueReading reading = catalogue.read(rest);
        Matter restMatter = clearMatter(reading);
        if (restMatter == null || reading.score() < NAMES_A_MATTER) {
            return -1;
        }
        for (SenderContext.OpenAppeal open : sender.open()) {
            Matter earlier = clearMatter(catalogue.read(open.maskedText()));
            if (earlier != null && earlier.ownerCode().equals(restMatter.ownerCode())
                    || TextSimilarity.sharedMatterPairs(rest, open.maskedText()) > 0) {
                return -1;
            }
        }
        return begins;
    }

    /**
     * Where the words after the opening clause begin when the message opens with the matter of one of the writer's
     * open appeals ("罚款那个还在等结果 …", "那个大坑还没补，…"); -1 when it opens otherwise or is one clause.
     */
    static int afterOpeningClauseOnOne(String text, SenderContext sender) {
        Opening opening = openingOnOne(text, sender);
        if (opening == null) {
            return -1;
        }
        Matcher clauseEnd = CLAUSE_BREAK.matcher(text).region(opening.end(), text.length());
        return clauseEnd.find() ? clauseEnd.end() : -1;
    }

    /** The longest first clause read as an opening on an open appeal when it follows none of its set shapes. */
    private static final int OPENING_CLAUSE_MAX = 16;

    /**
     * Where the words after a short first clause that speaks of one of the writer's open appeals begin ("停电供电所说线路要改
     * 我们去年报的…", "上回报的河堤还没人修 渔场的养殖证…"); -1 when the first clause is long, the message one clause, or the
     * clause about none of them. Looser than {@link #afterOpeningClauseOnOne}: it only says where a new matter's words
     * would begin once something else has judged that there is one.
     */
    static int afterFirstClauseOnOne(String text, SenderContext sender) {
        String trimmed = text.stripLeading();
        int offset = text.length() - trimmed.length();
        Matcher clauseEnd = CLAUSE_BREAK.matcher(trimmed);
        if (!clauseEnd.find() || clauseEnd.start() == 0 || clauseEnd.start() > OPENING_CLAUSE_MAX
                || clauseEnd.end() >= trimmed.length()) {
            return -1;
        }
        return speaksOfOne(trimmed.substring(0, clauseEnd.start()), sender) ? offset + clauseEnd.end() : -1;
    }

    /** Whether the words after a marker are enough to raise a matter ("另外门口井盖丢了"; not "再问一下"). */
    static boolean enoughToRaiseAMatter(String words) {
        return words.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count()
                >= NEW_MATTER_MIN_CHARACTERS;
    }

    /**
     * Whether {@code words} speak of one of the writer's open appeals: its number or last digits, a word of its matter
     * in common, or its matter named the way a follow-up opens ("暖气那个…").
     */
    static boolean speaksOfOne(String words, SenderContext sender) {
        if (ActClassifier.namedAppeal(words, sender) != null || namedMatter(words, sender) != null) {
            return true;
        }
        return sharesAMatterWordWithOne(words, sender);
    }

    /** Whether {@code words} share a word of its matter with one of the writer's open appeals. */
    static boolean sharesAMatterWordWithOne(String words, SenderContext sender) {
        return sender.open().stream().anyMatch(open -> TextSimilarity.sharedMatterPairs(words, open.maskedText()) > 0);
    }

    /**
     * The open appeal whose matter the message opens with ("暖气那个 …" after "酒店二至四楼暖气不热"): one word of it
     * is enough, since the writer points at it; null when the message opens otherwise or names another matter.
     */
    static SenderContext.OpenAppeal namedMatter(String text, SenderContext sender) {
        Opening opening = openingOnOne(text, sender);
        return opening == null ? null : opening.open();
    }

    /** An opening on one of the writer's open appeals, and where its matter words end ("暖气那个|…"). */
    private record Opening(SenderContext.OpenAppeal open, int end) {
    }

    /** How the message opens on an open appeal's matter ("暖气那个…", "那个大坑…"); null when it opens otherwise. */
    private static Opening openingOnOne(String text, SenderContext sender) {
        Matcher opening = OPENS_WITH_MATTER.matcher(text);
        if (!opening.find()) {
            opening = OPENS_POINTING_AT.matcher(text);
            if (!opening.find()) {
                return null;
            }
        }
        String matter = opening.group(2);
        for (SenderContext.OpenAppeal open : sender.open()) {
            if (TextSimilarity.sharedMatterPairs(matter, open.maskedText()) > 0) {
                return new Opening(open, opening.end());
            }
        }
        return null;
    }
}
