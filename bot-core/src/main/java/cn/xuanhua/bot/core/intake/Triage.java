package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.learning.Features;
import cn.xuanhua.bot.core.learning.IntakeFeatures;
import cn.xuanhua.bot.core.learning.Learned;
import cn.xuanhua.bot.core.learning.LearnedRouting;
import cn.xuanhua.bot.core.learning.LinearClassifier;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.routing.CatalogueReading;
import cn.xuanhua.bot.core.routing.Category;
import cn.xuanhua.bot.core.routing.CategoryMatch;
import cn.xuanhua.bot.core.routing.CategoryMatcher;
import cn.xuanhua.bot.core.routing.ResponsibilityCatalogue;
import cn.xuanhua.bot.core.routing.Router;
import cn.xuanhua.bot.core.routing.RoutingDecision;
import cn.xuanhua.bot.core.text.TextFold;
import cn.xuanhua.bot.core.text.TextSimilarity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The intake steps that read a message's words, in their fixed order: mask personal numbers first, then, on the
 * masked text only, find the category keywords and the catalogue's matters, decide appeal or not, the
 * conversation act (who speaks and what the message does), and the responsible unit. Built once per
 * {@link IntakeDictionary} snapshot and trained model (the tries are built here, not per message); thread-safe.
 */
public final class Triage {
    /** The weight of one clear cue (请问, 能不能, 坏了; 收到, 转发). */
    static final int CLEAR_CUE = 4;
    /** Three clear cues' worth (a request, a problem, a topic): see {@link #plainRequest}. */
    static final int PLAIN_REQUEST_SCORE = 12;
    /** The longest message {@link #plainOutageLine} protects: a one-line report, not an account. */
    static final int OUTAGE_LINE_LENGTH = 20;
    /** What a one-line report of a problem names: a supply cut, a drain or a system down, rubbish nobody takes. */
    private static final Pattern OUTAGE = Pattern.compile(
            "停水|停电|停气|断网|没水|没电|没气|又冒|冒了|没人清|没人收|没人管|开不出来|登不上|堵了");

    private final Masker masker = new Masker();
    private final CategoryMatcher categories;
    private final Map<String, Category> categoriesByCode;
    private final ResponsibilityCatalogue catalogue;
    private final MessageClassifier classifier;
    private final ActClassifier acts;
    private final Assignment assignment;
    private final CrimeFirst crimeFirst;
    private final ThanksThenAnotherMatter thanksThenAnother;
    private final Learned learned;
    /** The reasons of an act the judge of a new matter decided against the rules. */
    static final String MODEL_NEW_MATTER = "model.new-matter";
    static final String MODEL_ABOUT_OPEN = "model.about-open";

    /** Without learned models: the catalogue, the cue rules and the fallback decide. */
    public Triage(IntakeDictionary dictionary) {
        this(dictionary, Learned.NONE);
    }

    public Triage(IntakeDictionary dictionary, Learned learned) {
        this.categories = new CategoryMatcher(dictionary.categories(), dictionary.keywords());
        this.categoriesByCode = categories.categoriesByCode();
        this.catalogue = new ResponsibilityCatalogue(dictionary.matters(), dictionary.agencies());
        this.classifier = new MessageClassifier(dictionary.lexicon());
        this.acts = new ActClassifier(dictionary.lexicon(), catalogue);
        this.assignment = new Assignment(new Router(dictionary.rules(), dictionary.dispatcherDepartmentCode()),
                dictionary.dispatcherDepartmentCode(), dictionary.townships());
        this.crimeFirst = new CrimeFirst(catalogue);
        this.thanksThenAnother = new ThanksThenAnotherMatter(this::onlyThanksOrDone, this::appealOnItsOwn);
        this.learned = learned;
    }

    /** {@code text} with personal numbers masked, as intake stores and reads it. */
    public String mask(String text) {
        return masker.mask(text == null ? "" : text).masked();
    }

    /** Reads one owner's message, with no open appeal of theirs in the group. */
    public TriageResult assess(String text, ChatGroup group) {
        return assess(text, group, SenderContext.OWNER);
    }

    /** Reads one message from {@code group} (null when it came from no known group). */
    public TriageResult assess(String text, ChatGroup group, SenderContext sender) {
        MaskResult mask = masker.mask(text);
        ThanksThenAnotherMatter.Split split = sender.speaker() == Speaker.OWNER
                ? thanksThenAnother.split(mask.masked()) : null;
        TriageResult afterThanks = split == null ? null : readAfterThanks(mask, split, group, sender);
        return afterThanks != null ? afterThanks : assess(mask, mask.masked(), group, sender);
    }

    /**
     * An owner's message that opens with thanks or news of a matter done and goes on ({@link ThanksThenAnotherMatter}),
     * read on the words after the opening; null when the message is to be read whole.
     * <ul>
     * <li>With no open appeal, only an appeal after the thanks makes the thanks mere opening.</li>
     * <li>Beside an open appeal, "撬门那个人抓到了…谢谢。门口路灯还是不亮，都报了三个月了": the thanks is for another matter
     * and the words after it, when they follow the open appeal up, are what the message does. Not when the thanks is
     * for an open appeal itself ("派出所来了几回 打架的少了 谢谢。饭店后头那个山坡…"): that one is done, and whether what
     * follows is new is the act reading's and the judge's to say on the whole message.</li>
     * </ul>
     */
    private TriageResult readAfterThanks(MaskResult mask, ThanksThenAnotherMatter.Split split, ChatGroup group,
                                         SenderContext sender) {
        if (sender.open().isEmpty()) {
            TriageResult raised = assess(mask, split.words(), group, sender);
            return raised.act().act() == ConversationAct.APPEAL ? raised : null;
        }
        if (OpenAppealMatcher.sharesAMatterWordWithOne(split.opening(), sender)) {
            return null;
        }
        TriageResult followingUp = assess(mask, split.words(), group, sender);
        ConversationAct act = followingUp.act().act();
        return act == ConversationAct.FOLLOW_UP || act == ConversationAct.PROGRESS_QUESTION ? followingUp : null;
    }

    /** Reads {@code masked}: the masked message, or the words of it that raise a matter. */
    private TriageResult assess(MaskResult mask, String masked, ChatGroup group, SenderContext sender) {
        RulesReading rules = readByRules(masked, sender);
        CategoryMatch keywords = rules.keywords();
        CatalogueReading reading = rules.reading();
        CategoryMatch category = rules.category();
        Classification classification = rules.classification();
        boolean models = learned.routing().classifier() != null || learned.appeal().classifier() != null
                || learned.newMatter().classifier() != null;
        Features ngrams = models ? IntakeFeatures.ngrams(masked) : null;
        ActReading act = judged(masked, ngrams, rules.topic(), classification, rules.act());
        if (learned.newMatter().classifier() != null && sender.speaker() == Speaker.OWNER && !sender.open().isEmpty()
                && ActClassifier.namedAppeal(masked, sender) == null) {
            act = judgedBesideOpen(besideOpen(masked, ngrams, rules, group, sender), act);
        }
        int newMatter = act.act() == ConversationAct.APPEAL ? act.newMatterAt() : -1;
        CatalogueReading newMatterReading = newMatter > 0 ? catalogue.read(masked.substring(newMatter)) : null;
        if (newMatterReading != null && (namesAMatter(newMatterReading)
                || OpenAppealMatcher.speaksOfOne(masked.substring(0, newMatter), sender))) {
            // "暖气那个还没信 另外新厂区用电要增容": the new appeal is the words after the marker. When they name a
            // matter, or the words before it are about the open appeal, those words would only pull the unit and the
            // time limit towards the open appeal's owner. Otherwise ("…固定IP要另外申请") the marker may be a plain
            // word inside one problem, and the message is read whole, as any appeal is.
            String newWords = masked.substring(newMatter);
            keywords = categories.match(newWords);
            category = categoryOf(newMatterReading, keywords);
            Assignment.Decision decision = route(newWords, models ? IntakeFeatures.ngrams(newWords) : null,
                    newMatterReading, keywords, group);
            return new TriageResult(mask, classification, act, sender.speaker(),
                    categoryOfTheUnit(decision, category), newMatterReading,
                    new RoutingDecision(decision.departmentCode(), decision.reason()), decision.source(), masked);
        }
        Assignment.Decision decision = route(masked, ngrams, reading, keywords, group);
        return new TriageResult(mask, classification, act, sender.speaker(), categoryOfTheUnit(decision, category),
                reading, new RoutingDecision(decision.departmentCode(), decision.reason()), decision.source(),
                masked);
    }

    /** {@code words} classified on their own, with their own topic. */
    private Classification classifiedAlone(String words) {
        return classifier.classify(words, strongerTopic(categories.match(words), catalogue.read(words)));
    }

    /** Whether {@code words} read alone only thank or report something done. */
    private boolean onlyThanksOrDone(String words) {
        ConversationAct act = acts.read(words, classifiedAlone(words), SenderContext.OWNER).act();
        return act == ConversationAct.THANKS || act == ConversationAct.SOLVED;
    }

    /** Whether {@code words} read alone are enough to raise a matter and an appeal. */
    private boolean appealOnItsOwn(String words) {
        if (!OpenAppealMatcher.enoughToRaiseAMatter(words)) {
            return false;
        }
        Classification own = classifiedAlone(words);
        return own.appeal() && acts.read(words, own, SenderContext.OWNER).act() == ConversationAct.APPEAL;
    }

    /**
     * What the rules alone make of a masked message: the category keywords, the catalogue's reading, the category and
     * the stronger topic of the two, appeal or not, and the conversation act.
     */
    private record RulesReading(CategoryMatch keywords, CatalogueReading reading, CategoryMatch category,
                                CategoryMatch topic, Classification classification, ActReading act) {
    }

    private RulesReading readByRules(String masked, SenderContext sender) {
        CategoryMatch keywords = categories.match(masked);
        CatalogueReading reading = catalogue.read(masked);
        CategoryMatch category = categoryOf(reading, keywords);
        CategoryMatch topic = strongerTopic(keywords, reading);
        Classification classification = classifier.classify(masked, topic);
        if (!classification.appeal() && !sender.openAppeals().isEmpty()) {
            classification = appealAfterAMarker(masked, classification);
        }
        if (!classification.appeal() && !sender.openAppeals().isEmpty()) {
            classification = appealAfterAnOpeningClause(masked, classification, sender);
        }
        ActReading act = acts.read(masked, classification, sender, category.category().code(), reading);
        return new RulesReading(keywords, reading, category, topic, classification, act);
    }

    /**
     * "暖气那个修好了 谢谢 还有个事 门口的井盖丢了": from a writer with an open appeal, the thanks and the report that
     * it is solved before a marker of another matter are about that appeal, and outweigh the request after it. When the
     * words after the marker (six characters at least) are an appeal read on their own, the message is judged on
     * them; the act reading then decides whether they raise a new matter or follow the open one up.
     */
    private Classification appealAfterAMarker(String masked, Classification whole) {
        OpenAppealMatcher.Turn turn = OpenAppealMatcher.turnToAnotherMatter(new String(TextFold.fold(masked)));
        return turn == null ? whole : appealAfter(masked, turn.begins(), whole);
    }

    /**
     * "井盖那事还没弄 饭店的食品经营许可证要延续 网上交了一直待审": the clause on the open appeal is a status report
     * that outweighs the request after it. When the words after that clause are an appeal read on their own, the message
     * is classified on them; the act reading then decides between a new matter and a follow-up
     * (OpenAppealMatcher.newMatterAfterOpeningClause).
     */
    private Classification appealAfterAnOpeningClause(String masked, Classification whole, SenderContext sender) {
        return appealAfter(masked, OpenAppealMatcher.afterOpeningClauseOnOne(masked, sender), whole);
    }

    /**
     * The classification of the words from {@code begins} on when they are enough to raise a matter and an appeal read
     * on their own; {@code whole} otherwise (and when there are no such words: {@code begins} ≤ 0).
     */
    private Classification appealAfter(String masked, int begins, Classification whole) {
        String rest = begins <= 0 ? "" : masked.substring(begins);
        if (rest.isEmpty() || !OpenAppealMatcher.enoughToRaiseAMatter(rest)) {
            return whole;
        }
        Classification own = classifiedAlone(rest);
        return own.appeal() ? own : whole;
    }

    /**
     * What the judge of a new matter reads of a message beside the writer's open appeal (the one it names, else the
     * one it has most words in common with, else the newest), and where the words of a new matter would begin.
     *
     * @param features     the judge's features
     * @param open         the open appeal it was read beside
     * @param newMatterAt  where the words after a turn or an opening clause on the open appeal begin; -1 when none
     * @param tied         whether the message shares a word of the open appeal's matter or opens on it: only then may
     *                     the judge take an appeal the rules made for words about the open one
     */
    record BesideOpen(Features features, SenderContext.OpenAppeal open, int newMatterAt, boolean tied) {
    }

    private BesideOpen besideOpen(String masked, Features ngrams, RulesReading rules, ChatGroup group,
                                  SenderContext sender) {
        SenderContext.OpenAppeal open = nearestOpen(masked, rules.act(), sender);
        String openText = open.maskedText() == null ? "" : open.maskedText();
        CatalogueReading openReading = catalogue.read(openText);
        var openMatter = openReading.placed() && openReading.score() >= OpenAppealMatcher.CLEAR_MATTER
                ? openReading.matter() : null;
        String routed = assignment.decide(masked, rules.reading(), rules.keywords(), group, Optional.empty(),
                LearnedRouting.Blend.RULES_ONLY).departmentCode();
        OpenAppealMatcher.Turn turn = OpenAppealMatcher.turnToAnotherMatter(new String(TextFold.fold(masked)));
        int restAt = turn != null ? turn.begins() : OpenAppealMatcher.afterOpeningClauseOnOne(masked, sender);
        if (restAt < 0) {
            restAt = OpenAppealMatcher.afterFirstClauseOnOne(masked, sender);
        }
        // "暖气那个还不热 热力的人说管子得换 店的营业执照…": clauses that still speak of the open appeal belong to it.
        for (int more = 0; restAt > 0 && more < 3; more++) {
            int next = OpenAppealMatcher.afterFirstClauseOnOne(masked.substring(restAt), sender);
            if (next < 0) {
                break;
            }
            restAt += next;
        }
        if (restAt >= masked.length()) {
            restAt = -1;
        }
        CatalogueReading rest = restAt > 0 ? catalogue.read(masked.substring(restAt)) : CatalogueReading.NONE;
        boolean restAppeal = restAt > 0 && appealAfter(masked, restAt, Classification.noise("noise.no-cue")).appeal();
        boolean opensOnIt = OpenAppealMatcher.namedMatter(masked, new SenderContext(Speaker.OWNER, List.of(open))) != null;
        Features features = NewMatterFeatures.of(masked, ngrams == null ? IntakeFeatures.ngrams(masked) : ngrams,
                rules.classification(), rules.act(), rules.reading(), routed, open, openText, openMatter, turn, restAt,
                rest, restAppeal, opensOnIt);
        // A new matter the judge finds is routed on the words after the opening on the open appeal: read whole, the
        // open appeal's words pulled it to the open appeal's unit ("农机补贴还等着呢 门口的电线杆让大车撞斜了" → agri).
        int newMatterAt = restAt > 0 && OpenAppealMatcher.enoughToRaiseAMatter(masked.substring(restAt)) ? restAt : -1;
        boolean tied = opensOnIt || TextSimilarity.sharedMatterPairs(masked, openText) > 0;
        return new BesideOpen(features, open, newMatterAt, tied);
    }

    /** The open appeal a message is judged beside: the one the rules found it about, else the most alike, else the newest. */
    private static SenderContext.OpenAppeal nearestOpen(String masked, ActReading rulesAct, SenderContext sender) {
        SenderContext.OpenAppeal best = sender.open().get(0);
        if (rulesAct.appealNumber() != null) {
            for (SenderContext.OpenAppeal o : sender.open()) {
                if (o.number().endsWith(rulesAct.appealNumber())) {
                    return o;
                }
            }
        }
        double bestSimilarity = -1;
        for (SenderContext.OpenAppeal o : sender.open()) {
            double similarity = TextSimilarity.of(masked, o.maskedText() == null ? "" : o.maskedText());
            if (similarity > bestSimilarity) {
                best = o;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    /**
     * The judge of a new matter's verdict on what the rules (and the appeal-or-not judge) made of an owner's message
     * beside an open appeal: an appeal of its own, or words about the open one (a 补充 to it). It overrules only when
     * sure enough (thresholds chosen by cross-validation). A message that names an open appeal by number is not
     * brought to it ({@link #assess}).
     */
    private ActReading judgedBesideOpen(BesideOpen beside, ActReading act) {
        boolean rulesSayNew = act.act() == ConversationAct.APPEAL;
        // A plain new problem that shares no word with the open appeal ("我们这条街的井盖丢了两个了…麻烦街道尽快补上"
        // beside "胡同里堆了好多垃圾…麻烦街道尽快管管") stays an appeal of its own, however sure the judge is.
        boolean verdict = learned.newMatter().judge(beside.features(), rulesSayNew, beside.tied());
        if (verdict == rulesSayNew) {
            return act;
        }
        return verdict ? new ActReading(ConversationAct.APPEAL, null, List.of(MODEL_NEW_MATTER), beside.newMatterAt())
                : new ActReading(ConversationAct.FOLLOW_UP, beside.open().number(), List.of(MODEL_ABOUT_OPEN));
    }

    /**
     * What training the judge of a new matter needs of one labelled message beside an open appeal: the features it
     * reads (the same as at prediction) and what the rules alone made of the message.
     *
     * @param rulesSayNew whether the rules alone make it an appeal of its own
     * @param rulesAlone  whether the message names an open appeal by number, where the judge does not overrule
     * @param tied        whether it shares a word of the open appeal's matter or opens on it (see BesideOpen)
     */
    public record NewMatterView(Features features, boolean rulesSayNew, boolean rulesAlone, boolean tied) {
    }

    /** The judge of a new matter's view of {@code text} from an owner with the open appeals of {@code sender}. */
    public NewMatterView newMatterView(String text, ChatGroup group, SenderContext sender) {
        String masked = mask(text);
        RulesReading rules = readByRules(masked, sender);
        BesideOpen beside = besideOpen(masked, IntakeFeatures.ngrams(masked), rules, group, sender);
        return new NewMatterView(beside.features(), rules.act().act() == ConversationAct.APPEAL,
                ActClassifier.namedAppeal(masked, sender) != null, beside.tied());
    }

    private static boolean namesAMatter(CatalogueReading reading) {
        return reading.placed() && reading.score() >= OpenAppealMatcher.NAMES_A_MATTER;
    }

    /**
     * The unit for {@code words}: the rules, then the learned model where the blend lets it decide; a swindle goes to
     * the police first ({@link CrimeFirst}) unless a rule written for this group says otherwise.
     */
    private Assignment.Decision route(String words, Features ngrams, CatalogueReading reading, CategoryMatch keywords,
                                      ChatGroup group) {
        Assignment.Decision decision = blended(words, ngrams, reading, keywords, group);
        if (decision.source().equals(Assignment.GROUP_RULE)) {
            return decision;
        }
        return crimeFirst.decide(words).orElse(decision);
    }

    /**
     * The category as read, unless the unit was decided by who acts first: a swindle is in its fraud matter's category
     * (公安, with that category's time limit), not in the category of the unit the swindler pretended to be.
     */
    private CategoryMatch categoryOfTheUnit(Assignment.Decision decision, CategoryMatch category) {
        Category fraud = decision.source().equals(CrimeFirst.SOURCE) && crimeFirst.categoryCode() != null
                ? categoriesByCode.get(crimeFirst.categoryCode()) : null;
        return fraud == null ? category : new CategoryMatch(fraud, Math.max(1, category.score()), category.keywords());
    }

    private Assignment.Decision blended(String words, Features ngrams, CatalogueReading reading,
                                        CategoryMatch keywords, ChatGroup group) {
        LearnedRouting routing = learned.routing();
        Assignment.Decision rules = assignment.decide(words, reading, keywords, group, Optional.empty(),
                LearnedRouting.Blend.RULES_ONLY);
        if (routing.classifier() == null || routing.blend().rulesDecideAlone(reading)) {
            return rules;
        }
        Optional<LinearClassifier.Guess> guess = routing.guess(features(words, ngrams, reading, keywords, group, rules));
        return assignment.decide(words, reading, keywords, group, guess, routing.blend());
    }

    /**
     * The unit the rules alone choose for a message (the catalogue, the units named, the category rules, the
     * fallback), without reading anything the models need: what a change of the catalogue moves.
     */
    public String rulesDepartment(String text, ChatGroup group) {
        String masked = mask(text);
        return assignment.decide(masked, catalogue.read(masked), categories.match(masked), group, Optional.empty(),
                LearnedRouting.Blend.RULES_ONLY).departmentCode();
    }

    /**
     * What training needs of one labelled message: the features the model reads (the same as at prediction) and
     * what the rules alone would decide, with how sure the catalogue was, so that the blend of both can be measured.
     */
    public TrainingView trainingView(String text, ChatGroup group) {
        String masked = mask(text);
        CategoryMatch keywords = categories.match(masked);
        CatalogueReading reading = catalogue.read(masked);
        Assignment.Decision rules = assignment.decide(masked, reading, keywords, group, Optional.empty(),
                LearnedRouting.Blend.RULES_ONLY);
        CategoryMatch topic = strongerTopic(keywords, reading);
        Classification classification = classifier.classify(masked, topic);
        ActReading act = acts.read(masked, classification, SenderContext.OWNER);
        Features ngrams = IntakeFeatures.ngrams(masked);
        return new TrainingView(masked, features(masked, ngrams, reading, keywords, group, rules), rules.departmentCode(),
                reading.placed(), reading.score(), reading.score() - reading.runnerUpScore(),
                appealFeatures(masked, ngrams, classification, topic), act.act() == ConversationAct.APPEAL,
                !act.reasons().isEmpty(), noiseClearlyOutweighs(classification),
                notToBeRuledOut(masked, classification));
    }

    /**
     * @param maskedText       the message as the model and the rules read it
     * @param features         what the model reads
     * @param rulesDepartment  the unit the catalogue, the category rules and the fallback choose
     * @param placed           whether the catalogue placed the message in a matter
     * @param ruleScore        the best matter's score (0 when none)
     * @param ruleMargin       its lead over the best matter of another owner
     * @param appealFeatures   what the appeal-or-not model reads
     * @param rulesSayAppeal   whether the cue rules (and vetoes) alone make it an appeal
     * @param rulesDecideAlone whether a veto or a conversation rule decided, which the model does not overrule
     * @param clearlyNoise     whether the noise cues clearly outweigh the appeal cues: the model may not make it an
     *                         appeal
     * @param plainRequest     whether it is a plain request or a plain outage line with nothing against it: the model may not rule it out
     */
    public record TrainingView(String maskedText, Features features, String rulesDepartment, boolean placed, int ruleScore,
                               int ruleMargin, Features appealFeatures, boolean rulesSayAppeal,
                               boolean rulesDecideAlone, boolean clearlyNoise, boolean plainRequest) {
    }

    /**
     * The unit a model label names for a message of {@code group}: LOCAL is the township office of the place (the
     * group's own, or elsewhere the one the text names).
     */
    public String resolveLabel(String label, ChatGroup group, String maskedText) {
        return assignment.resolveLabel(label, group, maskedText);
    }

    /** The label the model learns for a unit: the township office of the place is LOCAL, so one township teaches all. */
    public String labelOf(String departmentCode, ChatGroup group, String maskedText) {
        return assignment.labelOf(departmentCode, group, maskedText);
    }

    /**
     * The learned judge's verdict on what the cue rules decided alone: it may turn an appeal into conversation or
     * conversation into an appeal when it is sure enough. Vetoes, follow-ups and progress questions (acts with
     * reasons of their own) stand as they are.
     */
    private ActReading judged(String masked, Features ngrams, CategoryMatch topic, Classification classification,
                              ActReading act) {
        if (learned.appeal().classifier() == null || !act.reasons().isEmpty()) {
            return act;
        }
        if (act.newMatterAt() > 0) {
            // "暖气那个修好了 谢谢 还有个事 …": the thanks and the report before the new matter are about the open
            // appeal; judged with them, the new matter's words looked like conversation. Its own words are judged
            // too, and either reading that keeps the appeal keeps it.
            String words = masked.substring(act.newMatterAt());
            CategoryMatch ownTopic = strongerTopic(categories.match(words), catalogue.read(words));
            ActReading alone = judgedAlone(words, IntakeFeatures.ngrams(words), ownTopic,
                    classifier.classify(words, ownTopic), act);
            if (alone.act() == ConversationAct.APPEAL) {
                return alone;
            }
        }
        return judgedAlone(masked, ngrams, topic, classification, act);
    }

    private ActReading judgedAlone(String masked, Features ngrams, CategoryMatch topic, Classification classification,
                                   ActReading act) {
        boolean rulesSay = act.act() == ConversationAct.APPEAL;
        boolean verdict = learned.appeal().judge(appealFeatures(masked, ngrams, classification, topic), rulesSay);
        if (verdict == rulesSay || verdict && noiseClearlyOutweighs(classification)
                || !verdict && notToBeRuledOut(masked, classification)) {
            return act;
        }
        return verdict ? new ActReading(ConversationAct.APPEAL, null, List.of("model.appeal"))
                : new ActReading(ConversationAct.CHATTER, null, List.of("model.not-appeal"));
    }

    /**
     * Whether the noise cues outweigh the appeal cues by at least one clear cue ({@value #CLEAR_CUE}): advice, an ad
     * or a notice the learned judge may not turn into an appeal however sure it is of its words.
     */
    public static boolean noiseClearlyOutweighs(Classification c) {
        return c.noiseScore() - c.appealScore() >= CLEAR_CUE;
    }

    /** Whether the model may not rule the message out: a plain request or a plain outage line. */
    static boolean notToBeRuledOut(String masked, Classification c) {
        return plainRequest(c) || plainOutageLine(masked, c);
    }

    /**
     * Whether the message is a one-line report of a supply cut or a breakdown ({@value #OUTAGE_LINE_LENGTH} characters
     * at most, {@link #OUTAGE}) with nothing at all against it: "南关这边又停水了", "发票又开不出来了 一直转圈",
     * "店里又停水了 急". The training writers wrote such lines mostly as replies in a thread and called them chatter, so
     * the learned judge rules them out; the blind writers call them the group's first word of a problem. In the
     * product a reply in a thread joins the thread's appeal first ({@link MeToo}, or 并单 for a shared problem), so
     * what reaches this judgement stands alone. Measured: the blind sets 9 missed fewer for 2 false appeals more; the
     * training writers held out 8 false appeals more for 2 missed fewer (docs/intake.md).
     */
    static boolean plainOutageLine(String masked, Classification c) {
        return masked.length() <= OUTAGE_LINE_LENGTH && c.noiseScore() == 0 && OUTAGE.matcher(masked).find();
    }

    /**
     * Whether the message asks something of someone ({@code appeal.request}: 麻烦, 能不能, 催一下) among cues worth at
     * least {@value #PLAIN_REQUEST_SCORE} and nothing at all speaks against it: "营业执照变更材料交了两周了,麻烦帮忙催一下审批",
     * "路灯坏了 能不能派人来修一下". The learned judge may not rule such a message out however unsure it is of its words; a
     * veto or a noise cue still can. A lone request word is not enough: told as a story, "镇上派人用热水冲的" and
     * "开了个协调会" hold one too.
     */
    public static boolean plainRequest(Classification c) {
        return c.noiseScore() == 0 && c.appealScore() >= PLAIN_REQUEST_SCORE && c.reasons().contains(ActClassifier.REQUEST);
    }

    private static Features appealFeatures(String masked, Features ngrams, Classification c, CategoryMatch topic) {
        return IntakeFeatures.forAppeal(masked, ngrams, c.reasons(), c.appealScore(), c.noiseScore(), topic.score());
    }

    /** The model reads the words, what the catalogue found, and what the rules alone decided (as a label). */
    private Features features(String masked, Features ngrams, CatalogueReading reading, CategoryMatch keywords,
                              ChatGroup group, Assignment.Decision rules) {
        return IntakeFeatures.of(ngrams, reading, keywords, group,
                assignment.labelOf(rules.departmentCode(), group, masked), rules.source());
    }

    /**
     * The matter's category when the catalogue placed the message at least as strongly as the category keywords
     * did (an administrator's heavier keyword wins), else the keywords' category.
     */
    private CategoryMatch categoryOf(CatalogueReading reading, CategoryMatch keywords) {
        if (reading.placed() && reading.score() >= keywords.score()) {
            Category c = categoriesByCode.get(reading.matter().categoryCode());
            if (c != null) {
                return new CategoryMatch(c, reading.score(), keywords.keywords());
            }
        }
        return keywords;
    }

    /** Topic evidence for the appeal/noise decision: the keywords' or the catalogue's, whichever is stronger. */
    private static CategoryMatch strongerTopic(CategoryMatch keywords, CatalogueReading reading) {
        if (reading.placed() && reading.score() > keywords.score()) {
            return new CategoryMatch(keywords.category(), reading.score(), keywords.keywords());
        }
        return keywords;
    }

    /** The category matcher of this snapshot, e.g. for time limits by code. */
    public CategoryMatcher categories() {
        return categories;
    }

    /** The responsibility catalogue of this snapshot. */
    public ResponsibilityCatalogue catalogue() {
        return catalogue;
    }
}
