package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.routing.CatalogueReading;
import cn.xuanhua.bot.core.routing.ResponsibilityCatalogue;
import cn.xuanhua.bot.core.text.PhraseIndex;
import cn.xuanhua.bot.core.text.TextFold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a message does in the conversation ({@link ConversationAct}) before anyone asks what it is about.
 * In this order:
 * <ol>
 *   <li>A question about an appeal's progress: a number (or "我的诉求") with a progress cue ("办得怎么样了", "到哪了").</li>
 *   <li>A follow-up: the writer names an open appeal of theirs, or, having one, writes a follow-up that refers back
 *       ("上次反映的…", "补充…"), opens with the matter of one ("暖气那个…", "押金那事…"), asks after "我的诉求". Cues
 *       that name no appeal ("还没修", a progress cue, {@value OpenAppealMatcher#SAME_MATTER_PAIRS} words of a
 *       matter in common, "路灯电费" after "路灯…电费") carry on only an open appeal the message is not clearly about
 *       another owner's matter than ({@link OpenAppealMatcher}): a new problem written while another is open is an
 *       appeal of its own.</li>
 *   <li>Vetoes that really veto, however much the rest sounds like a complaint: a report that it is solved
 *       (已修好, 来电了), a government reply (已转交, 您反映的), hearsay passed on to another member ("问了供电所,说
 *       下午来电", "我问了 下午两点来水"), a quoted message answered. A veto is lifted only by a cue that the problem
 *       is back or was never fixed ("说修好了, 结果又坏了"). Hearsay is no answer when the writer asked again and
 *       again ("问了好几次都说在审核", "问了开发区问了城管 都说…") or asks something of their own ("问了说等领导定
 *       能不能给个准信"): that is the writer's own complaint of being put off.</li>
 *   <li>Otherwise the appeal/noise classification decides; the strongest noise cue names the act.</li>
 * </ol>
 * Cue phrases come from {@code intake_lexicon} (lexicons {@code veto.*}, {@code reopen}, {@code act.progress},
 * {@code act.follow-up}, {@code act.still}, {@code act.my-appeals}); only the structural rules live here. Thread-safe.
 */
public final class ActClassifier {
    static final String PROGRESS = "act.progress";
    static final String FOLLOW_UP = "act.follow-up";
    /** Cues that the problem is still there or of evidence added (还没修, 还没来, 拍了视频): they name no appeal. */
    static final String STILL = "act.still";
    static final String MY_APPEALS = "act.my-appeals";
    static final String REOPEN = "reopen";
    /** The appeal/noise reason of a request ("能不能", "麻烦", "能…不"). */
    static final String REQUEST = "appeal.request";
    static final String VETO_PREFIX = "veto.";
    private static final String SOLVED_VETO = "veto.solved";
    private static final String THANKS_VETO = "veto.thanks";
    static final String HEARSAY = "veto.answer.hearsay";
    static final String QUOTE = "veto.answer.quote";
    static final String SAME_PROBLEM = "act.follow-up.same-problem";
    static final String SAME_MATTER = "act.follow-up.same-matter";
    static final String NAMES_MATTER = "act.follow-up.names-matter";
    /** The unit handling the writer's open appeal told them something, and they pass it on. */
    static final String ITS_UNIT_ANSWERED = "act.follow-up.its-unit-answered";

    /** A full appeal number, any prefix: XH20261126-0007, XH20261126-10000. */
    private static final Pattern FULL_NUMBER = Pattern.compile("[A-Za-z]{1,8}\\d{8}-\\d{4,5}");
    /** Last digits as people write them: 0007, 10001 (three to five digits standing alone). */
    private static final Pattern SHORT_NUMBER = Pattern.compile("(?<![\\d.:：-])\\d{3,5}(?![\\d.:：%])");
    /**
     * A question of the writer's own, after what they pass on or after a step done: both lifts below add their
     * words to these (folded text has only the half-width ?).
     */
    private static final String OWN_QUESTION = "[吗?？]|啥时候|什么时候|去哪|找谁|要不要|该不该|能不能|能否";
    /**
     * What 打了 means when it is no call: a well dug, a jab given, piles driven ("打了一眼井浇地 村里说要办取水证",
     * "打了狂犬疫苗 村里说管不了"): what follows is the writer's own story, not an answer passed on.
     */
    private static final String NOT_A_CALL = "(?![^,，。!！?？\\s]{0,3}(井|疫苗|针|桩|孔|地基|折|包|卡|架))";
    /** "问了供电所,说下午三点来电", "打了12345, 他们说": passing on what someone answered. */
    private static final Pattern HEARSAY_PATTERN = Pattern.compile(
            "(问了|问过|(打了|打过)" + NOT_A_CALL + "|咨询了|咨询过)[^,，。!！?？]{0,14}[,，]?\\s*(他们|人家|对方|那边|工作人员)?"
                    + "(说|讲|回复|答复)");
    /**
     * After the answer passed on, a question of the writer's own ("问了水厂说管子老化 到底啥时候能换", "打了110说让去做笔录
     * 明天去行吗", "村里说要办取水证 去哪办"): the answer did not settle it, so it is the writer's appeal.
     */
    private static final Pattern ASKS_AFTER_ANSWER = Pattern.compile(
            OWN_QUESTION + "|到底|咋办|怎么办|咋弄|咋整|行吗|行不行|谁管|谁的");
    /** "我问了 下午两点来水", "刚问了 …": what the writer just asked, passed on. */
    private static final Pattern ASKED_AND_TELLS = Pattern.compile("(我|刚|我刚)(问了|问过|打听了)(?=[\\s,，:：])");
    /**
     * The answer passed on puts the writer off: "问了村里说不知道谁批的", "问了社区说管不了". Nobody answers another
     * member with that; it is the writer's own problem, still unsolved (blind47, 2026-11-30).
     */
    private static final Pattern PUT_OFF = Pattern.compile(
            "^[^,，。!！?？]{0,4}(不知道|不清楚|管不了|不管|不归|没办法|没法管|没人管|推给)");
    /** "问了好几次都说…", "找了三回", "问了开发区问了城管 都说": asked again and again, and put off each time. */
    private static final Pattern ASKED_AGAIN = Pattern.compile(
            "(问|找|打|催|跑|咨询)了(\\d+|[一两二三四五六七八九十几俩仨]+|好几|多少)(次|回|趟|遍)"
                    + "|(问|找)了[^,，。!！?？]{1,10}(问|找)了|都说");
    /** WeCom's quote of another message: 「name：text」 then a dashed line, or a line of >. */
    private static final Pattern QUOTED = Pattern.compile("^\\s*(「[^」]{1,200}[：:][^」]*」|“[^”]{1,30}[：:][^”]*”|>)");
    /**
     * Before a solved cue, a word that says it is not done (yet): 不够用了, 没到账了, 未解决, 要换新的了, 能追回来; and 没有
     * (没有修好), checked apart: 有 alone negates nothing (已经有人修好了).
     */
    private static final String NOT_DONE_BEFORE = "不没未别要能";
    /** After a solved cue, a question whether it is done: 修好了吗, 到账了没 (folded: ? is half-width). */
    private static final String ASKED_AFTER = "吗嘛没?";
    /** After a step done, a question or a hitch of the next step: 还要…吗, 找谁, 咋办, 啥时候, 但/可…, 一直…. */
    private static final Pattern ASKS_ON = Pattern.compile(
            OWN_QUESTION + "|到哪|咋|怎么|多久|用不用|需不需要|还要|还得|还需|下一步|但|可是|可(?!以)|一直|不给|不让");
    /** Quoting the bot's own post to complain about it is no answer to a member. */
    private static final String BOT_NAME = "诉求助手";

    static final String SAME_CATALOGUE_MATTER = "act.follow-up.catalogue-matter";
    static final String REFERS_BACK = "act.follow-up.refers-back";
    static final String CARRIED_ON = "act.follow-up.carried-on";
    /** Cue kinds that carry an appeal on ({@link #carriesOn}) and that ask after or refer back to one. */
    private static final Set<String> CARRIES_ON = Set.of(PROGRESS, STILL, FOLLOW_UP, REOPEN, MY_APPEALS);
    private static final Set<String> ASKS_OR_REFERS_BACK = Set.of(PROGRESS, FOLLOW_UP, MY_APPEALS);

    private final PhraseIndex<List<String>> cues;
    /** Which open appeal of the writer's a message carries on. */
    private final OpenAppealMatcher openAppeals;

    public ActClassifier(List<LexiconEntry> lexicon) {
        this(lexicon, null);
    }

    /**
     * @param catalogue reads the matter of the writer's open appeals, so that a message on the same matter of the
     *                  catalogue follows that appeal up ("今儿又停水了" after "后营村自来水频繁停水")
     */
    public ActClassifier(List<LexiconEntry> lexicon, ResponsibilityCatalogue catalogue) {
        this.openAppeals = new OpenAppealMatcher(catalogue);
        Map<String, List<String>> byPhrase = new HashMap<>();
        for (LexiconEntry row : lexicon) {
            String kind = row.lexicon() == null ? "" : row.lexicon().trim();
            if (!isActCue(kind) || row.phrase() == null || row.phrase().isBlank()) {
                continue;
            }
            List<String> kinds = byPhrase.computeIfAbsent(TextFold.foldPhrase(row.phrase()), p -> new ArrayList<>(1));
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        byPhrase.replaceAll((p, kinds) -> List.copyOf(kinds));
        this.cues = new PhraseIndex<>(byPhrase);
    }

    private static boolean isActCue(String kind) {
        return kind.startsWith(VETO_PREFIX) || kind.equals(REOPEN) || kind.equals(PROGRESS)
                || kind.equals(FOLLOW_UP) || kind.equals(STILL) || kind.equals(MY_APPEALS);
    }

    /**
     * @param masked         the masked text
     * @param classification its appeal/noise classification
     * @param sender         who wrote it and their open appeals in the group
     */
    public ActReading read(String masked, Classification classification, SenderContext sender) {
        return read(masked, classification, sender, null);
    }

    /**
     * @param categoryCode the message's category, when known: a repeat of an open appeal must be of its category
     */
    public ActReading read(String masked, Classification classification, SenderContext sender, String categoryCode) {
        return read(masked, classification, sender, categoryCode, CatalogueReading.NONE);
    }

    /**
     * @param reading what the catalogue found in the message: the same matter as an open appeal of the writer's
     *                follows it up
     */
    public ActReading read(String masked, Classification classification, SenderContext sender, String categoryCode,
                           CatalogueReading reading) {
        String text = masked == null ? "" : masked;
        Set<String> found = new LinkedHashSet<>(4);
        char[] folded = TextFold.fold(text);
        // All hits, overlapping too: a cue inside a longer cue of another kind still counts (还没修好 holds 修好).
        int[] solvedEnd = {-1};
        cues.matchAll(folded, (kinds, begin, end) -> {
            for (String kind : kinds) {
                if (kind.equals(SOLVED_VETO)) {
                    if (!reportsItDone(folded, begin, end)) {
                        continue;
                    }
                    solvedEnd[0] = Math.max(solvedEnd[0], end);
                }
                found.add(kind);
            }
        });
        List<String> reasons = new ArrayList<>(4);

        String named = namedAppeal(text, sender);
        boolean progress = found.contains(PROGRESS);
        if (progress && (named != null || found.contains(MY_APPEALS))) {
            reasons.add(PROGRESS);
            return new ActReading(ConversationAct.PROGRESS_QUESTION, named, reasons);
        }
        if (found.contains(MY_APPEALS) && text.strip().length() <= 8) {
            reasons.add(MY_APPEALS);
            return new ActReading(ConversationAct.PROGRESS_QUESTION, null, reasons);
        }
        int newMatterAt = sender.openAppeals().isEmpty() ? -1 : newMatterAt(text, folded, classification, sender);
        if (!sender.openAppeals().isEmpty() && newMatterAt < 0) {
            String own = named != null && sender.openAppeals().stream().anyMatch(n -> n.endsWith(named)) ? named : null;
            if (own == null && found.contains(MY_APPEALS)) {
                // "我的诉求呢 羊到现在还扣着": asking after one's own appeals while some are open.
                return new ActReading(ConversationAct.PROGRESS_QUESTION, sender.openAppeals().get(0), List.of(MY_APPEALS));
            }
            SenderContext.OpenAppeal matter = own == null ? OpenAppealMatcher.namedMatter(text, sender) : null;
            if (matter != null) {
                return new ActReading(progress ? ConversationAct.PROGRESS_QUESTION : ConversationAct.FOLLOW_UP,
                        matter.number(), List.of(progress ? PROGRESS : NAMES_MATTER));
            }
            if (own != null || found.contains(FOLLOW_UP)) {
                reasons.add(own != null ? "act.follow-up.number" : FOLLOW_UP);
                String number = own != null ? own : sender.openAppeals().get(0);
                if (progress && own == null) {
                    return new ActReading(ConversationAct.PROGRESS_QUESTION, number, List.of(PROGRESS));
                }
                return new ActReading(ConversationAct.FOLLOW_UP, number, reasons);
            }
            ActReading answered = OpenAppealMatcher.answeredByItsUnit(text, reading, sender);
            if (answered != null) {
                return progress ? new ActReading(ConversationAct.PROGRESS_QUESTION, answered.appealNumber(),
                        List.of(PROGRESS)) : answered;
            }
            // What follows carries any matter on ("还没来", "啥时候能好", words in common), so it carries on only an
            // open appeal the message is not clearly about another owner's matter than (docs/intake.md).
            ActReading carriesOn = openAppeals.carriesOn(text, found, progress, classification, categoryCode, reading,
                    sender);
            if (carriesOn != null) {
                return carriesOn;
            }
        }
        ConversationAct vetoed = veto(text, folded, found, solvedEnd[0], classification, newMatterAt >= 0, reasons);
        if (vetoed != null) {
            return new ActReading(vetoed, null, reasons);
        }
        if (classification.appeal()) {
            return new ActReading(ConversationAct.APPEAL, null, List.of(), newMatterAt);
        }
        return new ActReading(fromNoise(classification.reasons()), null, List.of());
    }

    /**
     * Where the words of a new matter begin in a message of a writer with open appeals: after a marker of another
     * matter ("暖气那个还没信 另外门口的井盖丢了": at 门口) or after an opening clause on one of them, when those words
     * are about none of the writer's open appeals; -1 otherwise.
     */
    private int newMatterAt(String text, char[] folded, Classification classification, SenderContext sender) {
        int afterMarker = openAppeals.newMatterAfterMarker(text, folded, classification, sender,
                this::asksOrRefersBack);
        return afterMarker >= 0 ? afterMarker
                : openAppeals.newMatterAfterOpeningClause(text, classification, sender, this::carriesOn);
    }

    /**
     * Whether {@code words} ask after an appeal or refer back to one: a progress or follow-up cue, "我的诉求". Not a cue
     * that something is still wrong or back ("一直没人扶", "没弄好", "但是"): after the open one is done, those belong to
     * whatever follows ({@code OpenAppealMatcher} reads "又", "还没", "还是" there itself).
     */
    private boolean asksOrRefersBack(String words) {
        return holdsCueOf(words, ASKS_OR_REFERS_BACK);
    }

    /** Whether {@code words} hold a cue that carries an appeal on: progress, still, a follow-up, a reopening. */
    private boolean carriesOn(String words) {
        return holdsCueOf(words, CARRIES_ON);
    }

    /** Whether {@code words} hold a cue of one of {@code kinds}. */
    private boolean holdsCueOf(String words, Set<String> kinds) {
        boolean[] found = {false};
        cues.matchAll(TextFold.fold(words), (cueKinds, begin, end) -> {
            for (String kind : cueKinds) {
                found[0] |= kinds.contains(kind);
            }
        });
        return found[0];
    }

    /**
     * Passing on what someone answered, for another member: not when the writer was put off (again and again, or with
     * "不知道", "管不了"), nor when they ask something of their own in the same message.
     */
    private static boolean hearsay(String text, Classification classification) {
        Matcher told = HEARSAY_PATTERN.matcher(text);
        if (!told.find()) {
            told = ASKED_AND_TELLS.matcher(text);
            if (!told.find()) {
                return false;
            }
        }
        boolean asksAfter = classification.appeal()
                && ASKS_AFTER_ANSWER.matcher(text).region(told.end(), text.length()).find();
        boolean putOff = PUT_OFF.matcher(text).region(told.end(), text.length()).find();
        return !asksAfter && !putOff && !ASKED_AGAIN.matcher(text).find()
                && !classification.reasons().contains(REQUEST);
    }

    /** The act a veto imposes, or null when none applies (or the problem is back). */
    private static ConversationAct veto(String text, char[] folded, Set<String> found, int solvedEnd,
                                        Classification classification, boolean newMatterRaised, List<String> reasons) {
        if (found.contains(REOPEN)) {
            return null;
        }
        Matcher quoted = QUOTED.matcher(text);
        if (quoted.find() && !quoted.group().contains(BOT_NAME)) {
            reasons.add(QUOTE);
            return ConversationAct.ANSWER;
        }
        if (hearsay(text, classification)) {
            reasons.add(HEARSAY);
            return ConversationAct.ANSWER;
        }
        for (String kind : found) {
            if ((kind.equals(SOLVED_VETO) || kind.equals(THANKS_VETO))
                    && (newMatterRaised || newMatterAfter(folded, classification))) {
                continue;
            }
            // A step done and the next one asked about: not for the veto to decide, even when the solved cue's own
            // weight tipped the classification to noise; the appeal-or-not judgement reads it as any message.
            if (kind.equals(SOLVED_VETO) && asksOnAfter(folded, solvedEnd)) {
                continue;
            }
            if (kind.startsWith(VETO_PREFIX)) {
                reasons.add(kind);
                return switch (kind) {
                    case SOLVED_VETO -> ConversationAct.SOLVED;
                    case THANKS_VETO -> ConversationAct.THANKS;
                    case "veto.answer" -> ConversationAct.ANSWER;
                    default -> ConversationAct.NOTICE;
                };
            }
        }
        return null;
    }

    /**
     * Whether a solved cue at {@code begin..end} reports something done: not negated or merely intended before it
     * ("额度不够用了", "三个月没到账了", "一直没有修好", "要换新的了", "能给追回来吗"), not asked after it ("修好了吗", "到账了没").
     */
    private static boolean reportsItDone(char[] folded, int begin, int end) {
        boolean negatedOrIntended = begin > 0 && NOT_DONE_BEFORE.indexOf(folded[begin - 1]) >= 0
                || begin > 1 && folded[begin - 2] == '没' && folded[begin - 1] == '有';
        boolean asked = end < folded.length && ASKED_AFTER.indexOf(folded[end]) >= 0;
        return !negatedOrIntended && !asked;
    }

    /**
     * "执照办下来了 还要备案吗", "设备装好了 数据一直传不上去 找谁", "施工许可证办下来了 可质安站说还要办…": what is done is a
     * step, and after it the writer asks about or is stuck at the next one.
     */
    private static boolean asksOnAfter(char[] folded, int solvedEnd) {
        return solvedEnd >= 0 && solvedEnd < folded.length
                && ASKS_ON.matcher(new String(folded, solvedEnd, folded.length - solvedEnd)).find();
    }

    /** "路灯修好了，谢谢。新问题是…": what was solved or thanked for is done; the new matter after it is an appeal. */
    private static boolean newMatterAfter(char[] folded, Classification classification) {
        return classification.appeal() && MessageClassifier.raisesAnotherMatter(new String(folded));
    }

    /** The act of a message that is no appeal, from its strongest reason. */
    private static ConversationAct fromNoise(List<String> reasons) {
        for (String reason : reasons) {
            switch (reason) {
                case "noise.settled" -> {
                    return ConversationAct.SOLVED;
                }
                case "noise.thanks", "noise.ack" -> {
                    return ConversationAct.THANKS;
                }
                case "noise.ad", "noise.self-intro" -> {
                    return ConversationAct.AD;
                }
                case "noise.forwarded-notice" -> {
                    return ConversationAct.NOTICE;
                }
                case "noise.reply" -> {
                    return ConversationAct.ANSWER;
                }
                case "noise.greeting", "noise.news" -> {
                    return ConversationAct.CHATTER;
                }
                default -> {
                    // a weaker reason may still name the act
                }
            }
        }
        return ConversationAct.CHATTER;
    }

    /**
     * The appeal the text names: a full number, or last digits of one of the writer's open appeals, or zero-led
     * digits as sequence numbers are written (0012); null when none. Amounts and dates (3000元, 12号) are not.
     */
    static String namedAppeal(String text, SenderContext sender) {
        Matcher full = FULL_NUMBER.matcher(text);
        if (full.find()) {
            return full.group().toUpperCase(java.util.Locale.ROOT);
        }
        Matcher shortRef = SHORT_NUMBER.matcher(text);
        String any = null;
        while (shortRef.find()) {
            String digits = shortRef.group();
            for (String open : sender.openAppeals()) {
                if (open.endsWith(digits)) {
                    return digits;
                }
            }
            // Someone else's number, or one already closed: only as appeal numbers are written, zero-led (0012).
            if (any == null && digits.charAt(0) == '0') {
                any = digits;
            }
        }
        return any;
    }
}
