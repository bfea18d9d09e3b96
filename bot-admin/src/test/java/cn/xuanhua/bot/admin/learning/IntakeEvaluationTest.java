package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.calendar.OfficialCalendar;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.intake.IntakeDictionary;
import cn.xuanhua.bot.core.intake.ConversationAct;
import cn.xuanhua.bot.core.intake.Speaker;
import cn.xuanhua.bot.core.intake.SenderContext;
import cn.xuanhua.bot.core.intake.IntakeDraft;
import cn.xuanhua.bot.core.intake.eval.AppealAfterAnother;
import cn.xuanhua.bot.core.intake.eval.HandledMessage;
import cn.xuanhua.bot.core.intake.eval.LabelledMessage;
import cn.xuanhua.bot.core.intake.eval.LabellerAgreement;
import cn.xuanhua.bot.core.intake.eval.MajorityOfThree;
import cn.xuanhua.bot.core.intake.eval.SecondLabels;
import cn.xuanhua.bot.core.intake.eval.GroupThreads;
import cn.xuanhua.bot.core.intake.eval.Scorecard;
import cn.xuanhua.bot.core.learning.Learned;
import cn.xuanhua.bot.core.learning.LearnedAppeal;
import cn.xuanhua.bot.core.learning.LearnedNewMatter;
import cn.xuanhua.bot.core.learning.LearnedRouting;
import cn.xuanhua.bot.core.learning.TrainingReport;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.seed.SeedDictionary;
import cn.xuanhua.bot.core.seed.SeedSql;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake as it ships (the seed dictionaries and catalogue, the model trained on the shipped corpus) measured on the
 * labelled sets, blind set first. Prints each set's figures and its confusion per unit; the misses message by
 * message only for the sets tuned on ({@code -Dintake.misses=true}), never for the blind and evaluation sets.
 * <ul>
 *   <li>{@code blind3}: messages-blind3.json, 387 messages written blind before any of this was built, never tuned on;</li>
 *   <li>{@code blind5}: messages-blind5.json, 320 messages written by hand by a tenth writer after corpora A-J were in,
 *       committed unchanged and measured once; never tuned on;</li>
 *   <li>{@code eval-c}: messages-eval-c.json, written blind too, looked at but never tuned on;</li>
 *   <li>{@code train}: the corpus the model is trained on (the sets in sql/history), which the rules were tuned on;</li>
 *   <li>fresh sets given as files ({@code scripts/eval-intake FILE...}, i.e. {@code -Dintake.fresh=FILE,FILE}): a new
 *       writer's corpus scored before it joins sql/history, so that its figures are evidence.</li>
 * </ul>
 * The blind sets that routing learns from (sql/routing/blindN.json) are each scored with the routing model of their
 * fold, trained without them ({@link #ROUTING_FOLDS}); every other set with the models as shipped.
 */
class IntakeEvaluationTest {
    private static final boolean SHOW_TUNING_MISSES = Boolean.getBoolean("intake.misses");
    /** The blind sets, each written by a writer who saw no dictionary, corpus or code, and never tuned on. */
    private static final List<String> BLIND_SETS = List.of("blind3", "blind5", "blind6", "blind7", "blind8", "blind9");
    /** The second labellers' files in intake/second-labels/; each names its labeller and the blind set it labels. */
    private static final List<String> SECOND_LABELS = List.of("L4-blind3", "L5-blind5", "L6-blind6", "L7-blind7",
            "L8-blind9", "L3-blind14", "L3-blind15", "L1-blind16", "L2-blind16", "L9-blind19", "L10-blind20",
            "L11-blind17", "L12-blind18", "L13-blind21", "L14-blind22", "L15-blind23", "L16-blind24", "L17-blind25",
            "L18-blind26", "L19-blind27", "L20-blind28", "L21-blind30", "L22-blind31",
            "L23-blind32", "L24-blind33", "L25-blind34", "L26-blind35", "L27-blind36", "L28-blind36",
            "L29-blind37", "L30-blind37");
    private static final int TOTAL_SECOND_LABELLED = 5414;
    /** The sets labelled by two second labellers besides their writer: three readers of every appeal. */
    private static final List<List<String>> TWO_SECOND_LABELLERS = List.of(List.of("L1-blind16", "L2-blind16"),
            List.of("L27-blind36", "L28-blind36"), List.of("L29-blind37", "L30-blind37"));
    /**
     * Under intake's figure on the appeals a second labeller sent to the writer's unit: 90.1% (1,342 of 1,489) on
     * its first measurement (2026-11-29), while the second labellers scored 95.2% strict and 99.7% acceptable against
     * the writers; 91.6% (1,364) with the routing model trained by liblinear the same day (intake against the writers
     * 88.4% → 89.9% strict, 95.2% → 96.2% acceptable); 92.2% (1,677 of 1,818) once blind19's and blind20's second
     * labellers joined (L9, L10), 92.4% (1,989 of 2,152) with blind17's and blind18's (L11, L12), 91.6% (2,273 of
     * 2,481) with blind21's and blind22's (L13, L14; intake 84.2% and 88.4% on their clear appeals), the same intake;
     * 91.9% (2,590 of 2,817) with blind23's and blind24's (L15, L16) and CrimeFirst, 92.4% (2,602) with the
     * routing-only writers N1-N4, 93.0% (2,619) with R1-R4 too, 93.0% (2,621) with R5-R8; 93.1% (2,931 of 3,149)
     * with blind25's and blind26's (L17, L18); 92.7% (3,226 of 3,480) with blind27's and blind28's (L19, L20);
     * 92.6% (3,529 of 3,811) with blind30's and blind31's (L21, L22; intake 95.1% and 87.5% on their clear appeals);
     * 92.3% (3,805 of 4,123) with blind32's and blind33's (L23, L24; 85.0% and 91.8%); 92.7% (3,821) with the
     * routing-only writers Y, Z and R9-R12; 92.6% (4,125 of 4,455) with blind34's and blind35's (L25, L26; 93.9% and
     * 89.2%); 92.8% (4,135) with V24; 92.6% (4,738 of 5,117) with blind36's and blind37's (L27-L30; 90.2%, 90.9%,
     * 85.0%, 86.1%) and the blind sets routing learns from, each scored by its fold's model.
     */
    private static final double CLEAR_APPEALS_FLOOR = 0.91;
    /**
     * The blind sets, once measured, teach routing (sql/routing/blindN.json; docs/intake.md, "The blind sets, once
     * measured, teach routing"). So that each is still scored on writers the model never learned from, those sets are
     * dealt into this many folds (in the order of their numbers) and each fold is scored on a routing model trained on
     * everything else: the shipped corpus, the other routing-only writers and the other folds' sets.
     */
    private static final int ROUTING_FOLDS = 5;
    private static final Pattern LEARNED_BLIND_SET = Pattern.compile("(blind\\d+)\\.json");
    private static final Comparator<String> BY_NUMBER =
            Comparator.comparingInt(set -> Integer.parseInt(set.substring("blind".length())));
    private static Intake intake;
    /** For each blind set routing learns from, the fold it is held out in. */
    private static final Map<String, Integer> foldOfSet = new HashMap<>();
    /**
     * Intake with each fold's routing model, which never saw that fold's sets: trained the first time a set of the fold
     * is scored, so a run that scores only fresh sets trains none.
     */
    private static final Map<Integer, Intake> intakeWithoutFold = new ConcurrentHashMap<>();
    private static IntFunction<Intake> trainWithoutFold;
    private static Map<String, ChatGroup> groups;
    private static Learned learned;

    @BeforeAll
    static void trainOnTheShippedCorpus() {
        IntakeDictionary dictionary = SeedDictionary.load();
        groups = SeedDictionary.groups();
        Intake rulesOnly = new Intake(dictionary, OfficialCalendar.calendar());
        LabelledHistory history = new LabelledHistory(List::of);
        List<LabelledExample> corpus = history.corpus();
        LearnedRouting routing = new RoutingTrainer(Clock.systemUTC()).train(history.withRoutingOnly(corpus),
                rulesOnly.triage(), groups);
        LearnedAppeal appeal = new AppealTrainer(Clock.systemUTC()).train(corpus, rulesOnly.triage(), groups);
        String leftOut = System.getProperty("intake.turns.leaveOut", "");
        List<BesideOpenExample> beside = history.besideOpen(file -> leftOut.isBlank() || !file.contains(leftOut));
        // -Dintake.openingVariants=N measures another number of messages made to open on the open appeal.
        LearnedNewMatter newMatter = new NewMatterTrainer(Clock.systemUTC()).train(beside, corpus, rulesOnly.triage(),
                groups, Integer.getInteger("intake.openingVariants", OpeningClauseVariants.MAX_PER_SIDE));
        learned = new Learned(routing, appeal, newMatter);
        intake = new Intake(dictionary, OfficialCalendar.calendar(), learned);
        print("routing", routing.report(), routing.blend());
        print("appeal-or-not", appeal.report(), "above " + appeal.appealAbove() + ", below " + appeal.noiseBelow());
        print("new-matter" + (leftOut.isBlank() ? "" : " (" + leftOut + " left out)"), newMatter.report(),
                "above " + newMatter.newAbove() + ", below " + newMatter.aboutBelow());
        dealTheLearnedBlindSetsIntoFolds(history);
        trainWithoutFold = fold -> {
            List<LabelledExample> examples = history.withRoutingOnly(corpus,
                    file -> !Objects.equals(foldOfSet.get(learnedBlindSet(file)), fold));
            LearnedRouting without = new RoutingTrainer(Clock.systemUTC()).train(examples, rulesOnly.triage(), groups);
            print("routing without fold " + fold + " " + setsOf(fold), without.report(), without.blend());
            return new Intake(dictionary, OfficialCalendar.calendar(), new Learned(without, appeal, newMatter));
        };
    }

    /** The blind sets routing learns from, in the order of their numbers, dealt into {@link #ROUTING_FOLDS} folds. */
    private static void dealTheLearnedBlindSetsIntoFolds(LabelledHistory history) {
        List<String> learnedSets = history.routingOnlyFiles().stream().map(IntakeEvaluationTest::learnedBlindSet)
                .filter(Objects::nonNull)
                .sorted(BY_NUMBER).toList();
        for (int i = 0; i < learnedSets.size(); i++) {
            foldOfSet.put(learnedSets.get(i), i % ROUTING_FOLDS);
        }
    }

    private static List<String> setsOf(int fold) {
        return foldOfSet.entrySet().stream().filter(e -> e.getValue() == fold).map(Map.Entry::getKey)
                .sorted(BY_NUMBER).toList();
    }

    /** The blind set a routing-only file holds ({@code blind21.json} → blind21), null for a writer's corpus. */
    private static String learnedBlindSet(String file) {
        Matcher m = LEARNED_BLIND_SET.matcher(file);
        return m.matches() ? m.group(1) : null;
    }

    private static void print(String model, TrainingReport r, Object blend) {
        System.out.printf("%s model: %d examples, %d labels, %d ms; cross-validated: model %.1f%%, rules %.1f%%, "
                        + "blend %.1f%% %s%n", model, r.examples(), r.labels(), r.trainingMillis(), 100 * r.modelAccuracy(),
                100 * r.rulesAccuracy(), 100 * r.blendAccuracy(), blend);
    }

    /** Intake's reading of a message of a set no model learned from (the shipped models). */
    static Scorecard.Prediction predict(LabelledMessage m) {
        return predict(null, m);
    }

    /** Intake's reading of a message of {@code set}: for a set routing learns from, by its fold's routing model. */
    static Scorecard.Prediction predict(String set, LabelledMessage m) {
        return handle(set, m).prediction();
    }

    /** What the bot makes of a message of {@code set} read alone (its fold's routing model, as {@link #predict}). */
    static HandledMessage handle(String set, LabelledMessage m) {
        Integer fold = set == null ? null : foldOfSet.get(set);
        Intake reading = fold == null ? intake : intakeWithoutFold.computeIfAbsent(fold, trainWithoutFold::apply);
        return HandledMessage.of(reading, m, groups.get(m.groupCode()));
    }

    /** A whole set scored as its groups receive it: a member's "me too" joins the thread's appeal (GroupThreads). */
    static Scorecard scoreInThreads(String set, List<LabelledMessage> messages) {
        return GroupThreads.score(messages, m -> handle(set, m));
    }

    /** The set a resource holds ({@code /intake/messages-blind21.json} → blind21). */
    private static String setOf(String resource) {
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        return file.replaceFirst("^messages-", "").replaceFirst("\\.json$", "");
    }

    private static Scorecard score(String name, String resource, boolean tunedOn) {
        String set = setOf(resource);
        Scorecard s = scoreInThreads(set, LabelledMessage.read(resource));
        System.out.println(s.report(name));
        if (tunedOn && SHOW_TUNING_MISSES) {
            s.misses().forEach(miss -> System.out.println("  miss " + miss));
        }
        return s;
    }

    @Test
    void theBlindSetWrittenBeforeAnyTuning() {
        Scorecard s = blindSet("blind3 (never tuned on)", "/intake/messages-blind3.json", 208);
        // Floors under the figures measured (README): with corpora A-G precision 96.2%, recall 98.1%, acceptable
        // unit 94.7%, deadlines 99.0%; with A-J 96.2%, 97.6%, 94.2%, 99.0%; with A-M 99.0%, 99.0%, 94.7%, 99.0%;
        // with A-R 99.0%, 98.6%, 94.7%, 99.5%.
        assertAtLeast(s, 0.97, 0.97, 0.93, 0.97);
    }

    @Test
    void theSecondBlindSetMeasuredOnce() {
        Scorecard s = blindSet("blind5 (never tuned on)", "/intake/messages-blind5.json", 190);
        // Floors under its first measurement, with the corpora A-J in (README): precision 97.3%, recall 96.3%,
        // acceptable unit 94.7%, deadlines 96.8%; with writers U and V in, 97.8%, 94.7%, 94.2%, 97.4% (the appeal
        // blend chosen on 21 writers lets the model rule out below p 0.5, not 0.3: blind5 lost 4 appeals, the other
        // blind sets together 10 false appeals fewer and 1 missed appeal more).
        assertAtLeast(s, 0.96, 0.94, 0.93, 0.95);
    }

    @Test
    void theSixthBlindSetCommittedBeforeItsFirstMeasurement() {
        Scorecard s = blindSet("blind6 (never tuned on)", "/intake/messages-blind6.json", 195);
        // Floors under its measurements (README): with corpora A-J precision 97.9%, recall 97.9%, acceptable unit
        // 97.9%, deadlines 94.9%; with A-M 98.0%, 99.0%, 99.0%, 94.9%; with A-R, the deadline cues and local matters
        // at the township named 97.5%, 98.5%, 97.4%, 95.9%.
        assertAtLeast(s, 0.96, 0.97, 0.96, 0.95);
    }

    @Test
    void theSeventhBlindSetCommittedBeforeItsFirstMeasurement() {
        Scorecard s = blindSet("blind7 (never tuned on)", "/intake/messages-blind7.json", 197);
        // Floors under its measurements (README): first (models of A-P) precision 95.1%, recall 98.0%, acceptable
        // unit 93.9%, deadlines 93.4%; with local matters placed at the township named, 95.1%, 98.0%, 94.9%, 93.4%;
        // with writers Q and R in, 96.6%, 99.5%, 97.0%, 93.4%; with writers S and T in (and the cues of members
        // answering), 97.0%, 98.5%, 93.4%, 93.4%: the routing blend re-chosen on more writers no longer lets the
        // catalogue decide alone, which costs this writer's units (held out with S and T in the training, 11 of
        // the other 17 writers gained strict units and 10 acceptable ones, 4 lost some).
        assertAtLeast(s, 0.95, 0.97, 0.92, 0.92);
    }

    @Test
    void theEighthBlindSetCommittedBeforeItsFirstMeasurement() {
        Scorecard s = blindSet("blind8 (never tuned on)", "/intake/messages-blind8.json", 195);
        // Floors under its measurements (README): first (as landed: models of A-R) precision 93.2%, recall 98.5%,
        // acceptable unit 96.4%, deadlines 93.3%; with the cues of members answering, the blend kept for fewest false
        // appeals and writers S and T in, 94.1%, 97.9%, 97.4%, 93.3%.
        assertAtLeast(s, 0.93, 0.96, 0.95, 0.92);
    }

    @Test
    void theNinthBlindSetCommittedBeforeItsFirstMeasurement() {
        Scorecard s = blindSet("blind9 (never tuned on)", "/intake/messages-blind9.json", 190);
        // Floors under its measurements (README): first (models of A-T, as landed) precision 97.9%, recall 97.9%,
        // acceptable unit 95.8%, deadlines 90.0%; with writers U and V in and festivals named as seasons, 98.9%,
        // 97.9%, 95.8%, 90.5%. Its writer, like U's and V's, was told a cutoff or an event still to come is no
        // deadline; the reader follows the contract's cases, which read them as deadlines (docs/deadlines.md).
        assertAtLeast(s, 0.97, 0.96, 0.94, 0.89);
    }

    /*
     * blind10, blind11, blind12, open-a and open-b are the judge of a new matter's training data (sql/turns) since
     * 2026-11-28's night session: scored with a judge trained on them they read almost perfectly, which is no evidence.
     * Their figures held out are printed by scripts/eval-intake --leave-out NAME (docs/intake.md); the floors below are
     * the rules' figures from before, kept as guards.
     */

    @Test
    void theTenthBlindSetOfOwnersWithAnOpenAppeal() {
        Scorecard s = blindSet("blind10 (every writer has an open appeal; the judge of a new matter trained on it)",
                "/intake/turns/messages-blind10.json", 150);
        // Its first measurement (committed unchanged before it, models of A-X): precision 92.9%, recall 17.3%: 124 of
        // its 150 new problems were added to the writer's open appeal, 109 because the message opened with that
        // appeal's matter ("暖气那个… 另外…"). Only the reasons intake gave were counted, no message was read; the fix
        // (words after 另外 / 还有个事 read on their own) was built and measured on the training writers
        // (NewProblemWhileOneIsOpenTest). After it: precision 98.4%, recall 80.0%, acceptable unit 92.0%, deadlines
        // 98.7%. Floors under that: the set is no longer evidence of a first reading, but a guard against losing it.
        // Later (routing a new matter on its own words; no marker needed after an opening clause on the open appeal):
        // precision 97.6%, recall 80.7%, acceptable unit 96.0%, deadlines 98.7%. With the turns to another matter
        // read (built on the training set open-a): 97.7%, 84.7%, 96.0%, 98.7%; 97.7%, 85.3%, 96.0%, 98.7% once what
        // follows the open one done is judged on its own (no shared words, no still-cue, stop it).
        assertAtLeast(s, 0.96, 0.83, 0.93, 0.96);
    }

    @Test
    void theEleventhBlindSetOfOwnersWithAnOpenAppeal() {
        Scorecard s = blindSet("blind11 (every writer has an open appeal, another writer; the judge of a new matter trained on it)",
                "/intake/turns/messages-blind11.json", 150);
        // Its first measurement (committed unchanged before it, at the start of 2026-11-28's last session and again
        // after that session's routing of a new matter on its own words): precision 90.2%, recall 36.7% (95 of 150 new
        // problems added to the open appeal, 73 of them because the message opened with that appeal's matter), unit
        // 72.0% / 74.7% and 73.3% / 76.0% acceptable, deadlines 96.7%. With no marker needed after an opening clause on
        // the open appeal (built on the training writers): precision 91.0%, recall 40.7%; 91.2%, 41.3% when an open
        // appeal the catalogue cannot place no longer stops it (the training writers' follow-ups all stay follow-ups).
        // Floors under that: a guard, far below the targets; the set says the follow-up rules do not yet tell a new
        // problem from a follow-up when the writer opens with the open one and names no marker. With the turns to
        // another matter read (built on the training set open-a): precision 89.6%, recall 46.0% (2 false appeals more,
        // 7 new problems more), unit 74.7% / 77.3%, deadlines 96.7%; with what the open appeal's unit said read as a
        // follow-up: 90.5%, 44.7%, 74.7% / 77.3%, 96.7%; 90.7%, 45.3% once what follows the open one done is judged
        // on its own; 90.8%, 46.0% once the words after an opening clause on the open one are classified on their own.
        assertAtLeast(s, 0.89, 0.44, 0.75, 0.94);
    }

    @Test
    void theTwelfthBlindSetOfOwnersWithAnOpenAppeal() {
        Scorecard s = blindSet("blind12 (every writer has an open appeal, a third writer; the judge of a new matter trained on it)",
                "/intake/turns/messages-blind12.json", 120);
        // Its first measurement (committed as delivered, then put in this format mechanically, measured on 7386ded's
        // intake): precision 96.8%, recall 75.0% (30 of 120 new problems missed, 20 of them added to the open appeal
        // because the message opened with its matter: act.follow-up.names-matter), unit 83.3% / 92.5% acceptable,
        // deadlines 93.3% (7 false deadlines on the 89 without one). Counted by reason only; no message was read.
        // With the turns to another matter read (built on the training set open-a): precision 95.9% (1 false appeal
        // more), recall 78.3% (4 new problems more), unit 83.3% / 92.5%, deadlines 93.3%. Floors under that: a guard.
        // The routing model trained by liblinear (2026-11-29): unit 85.0% strict (2 more) / 91.7% acceptable (1 fewer).
        assertAtLeast(s, 0.95, 0.76, 0.91, 0.93);
    }

    @Test
    void theThirteenthBlindSetOfOwnersWithAnOpenAppealWrittenAfterTheJudge() {
        Scorecard s = blindSet("blind13 (every writer has an open appeal, written after the judge of a new matter; the judge trained on it since)",
                "/intake/turns/messages-blind13.json", 150);
        // Written by a helper who saw only the unit list and public duties, committed unchanged (31cfc4d), first
        // measured on 3169479 (the judge of a new matter as it landed): precision 91.9% (13 false appeals), recall
        // 98.7% (2 missed), unit 83.3% / 92.7% acceptable, deadlines 97.3%. With the judge also trained on messages
        // opening with a word on the open appeal (OpeningClauseVariants, built before that measurement; how many chosen
        // on the other five sets held out): 93.6% (10 false appeals, all follow-ups), 97.3%, 83.3% / 92.7%, 97.3%.
        // Only figures and error counts by kind were read, no message. Floors under that. Since then it is training data
        // of the judge (sql/turns), like blind10-12; its held-out figures: scripts/eval-intake --leave-out blind13.
        assertAtLeast(s, 0.92, 0.96, 0.91, 0.96);
    }

    @Test
    void theFourteenthBlindSetOfOwnersWithAnOpenAppealWrittenAfterBlind13Joined() {
        Scorecard s = blindSet("blind14 (every writer has an open appeal; written after blind13 joined the judge's training, never tuned on)",
                "/intake/messages-blind14.json", 150);
        // Written by a helper who saw only the unit list and public duties (new problems in five forms, 30 each),
        // committed unchanged (bf7519a), measured once as shipped (9ab7658) and once on 3169479 (the judge as it
        // landed); only figures and error counts by kind read, no message: 3169479 precision 94.4% (8 false appeals),
        // recall 90.7% (14 missed); 9ab7658 94.7% (8), 96.0% (6). Unit 86.0% / 92.0% acceptable, deadlines 95.3% on
        // both. Floors under the last.
        assertAtLeast(s, 0.93, 0.94, 0.90, 0.94);
    }

    @Test
    void theFifteenthBlindSetOfOwnersWithAnOpenAppealWrittenAfterBlind13Joined() {
        Scorecard s = blindSet("blind15 (every writer has an open appeal; written after blind13 joined the judge's training, never tuned on)",
                "/intake/messages-blind15.json", 60);
        // Written by a helper who saw only the unit list and public duties, committed unchanged (d58c463), measured once
        // on each of this session's three intakes (only figures and error counts by kind read, no message):
        // 3169479 (the judge as it landed) precision 96.7% (2 false appeals), recall 98.3% (1 missed); 45809cd (openings
        // taught both ways) 95.2% (3), 100.0% (0); 57081b1 (blind13 in the training data, as shipped) 92.2% (5), 98.3%
        // (1), three of the five false appeals the judge's new matters. Unit 80.0% / 90.0% acceptable, deadlines 93.3%
        // on all three. Floors under the last.
        assertAtLeast(s, 0.90, 0.96, 0.88, 0.92);
    }

    @Test
    void theSixteenthBlindSetAsTheGroupsWriteWrittenAfterEverythingAbove() {
        Scorecard s = blindSet("blind16 (the groups as they write: staff, group owners, answers, notices; written 2026-11-29, never tuned on)",
                "/intake/messages-blind16.json", 187);
        // Written by a helper who saw only the unit list, the public duties and the contract (330 messages, 58 from
        // staff, 13 from group owners, 26 new problems beside an open appeal), committed unchanged (008a7a7) and
        // measured once on it (only figures and error counts by kind read, no message): precision 99.5% (1 false
        // appeal), recall 98.9% (2 missed), unit 86.1% strict / 93.6% acceptable, deadlines 98.9%. Floors under it.
        assertAtLeast(s, 0.98, 0.97, 0.92, 0.97);
    }

    @Test
    void theSeventeenthBlindSetWrittenBeforeTheRoutingModelChanged() {
        Scorecard s = blindSet("blind17 (the groups as they write, more township groups; written 2026-11-29, never tuned on)",
                "/intake/messages-blind17.json", 175);
        // Written by a helper who saw only the unit list, the public duties, the contract's rules for speakers and
        // deadlines and the holiday table (300 messages, 25 代报, 24 from group owners, 20 new problems beside an open
        // appeal), committed unchanged (ba2352f), measured once on the intake as it stood (the routing model by
        // Tribuo's SGD), then on the routing model by liblinear; only figures and confusion counts read, no message.
        // As it stood: precision 100.0%, recall 98.3% (3 missed), unit 88.0% strict / 94.9% acceptable, deadlines
        // 99.4%, nothing leaked. By liblinear: unit 89.7% / 95.4%, the rest the same. Floors under it.
        assertAtLeast(s, 0.98, 0.97, 0.93, 0.97);
    }

    @Test
    void theEighteenthBlindSetWrittenBeforeTheRoutingModelChanged() {
        Scorecard s = blindSet("blind18 (the groups as they write, more industry groups, voice-typed; written 2026-11-29, never tuned on)",
                "/intake/messages-blind18.json", 175);
        // Written beside blind17 by another helper with the same brief (300 messages, 25 代报, 18 from group owners,
        // many voice-typed without punctuation), committed with it and measured the same way. As it stood: precision
        // 100.0%, recall 99.4% (1 missed), unit 93.7% strict / 97.7% acceptable, deadlines 94.9% (61 of 62 stated
        // read right; 8 false deadlines on the 113 without one), nothing leaked. By liblinear: unit 93.1% / 97.7%.
        // Its writer had not been given the contract's convention for orders, cutoffs and things still to come (its
        // brief's fault); re-read to it by a helper who saw no reader output (78eb7d9: 7 labels of blind18 none → a
        // date, none of blind17), deadlines 97.7% (67 of 69 stated read right, 2 false on the 106 without one).
        assertAtLeast(s, 0.98, 0.98, 0.95, 0.96);
    }

    @Test
    void theNineteenthBlindSetWrittenAfterTheRoutingModelChanged() {
        Scorecard s = blindSet("blind19 (the groups as they write, told the deadline convention; written 2026-11-29, never tuned on)",
                "/intake/messages-blind19.json", 175);
        // Written by a helper who saw only the unit list, the public duties, the contract's rules for speakers and
        // deadlines, the deadline convention and the holiday table (300 messages, 25 代报, 10 from group owners, 22 new
        // problems beside an open appeal, 64 stated deadlines), committed unchanged (31665b8) and measured with and
        // without the seeded group rule for construction arrears (docs/intake.md, "Learned models"): the same figures
        // on both, only figures and confusion counts read, no message. Precision 99.4% (1 false appeal), recall 97.7%
        // (4 missed), unit 95.4% strict / 98.3% acceptable, deadlines 95.4% (57 of 64 stated read right, 1 false on
        // the 111 without one), nothing leaked. Floors under it.
        assertAtLeast(s, 0.98, 0.97, 0.97, 0.95);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.94);
    }

    @Test
    void theTwentiethBlindSetWrittenBesideTheNineteenth() {
        Scorecard s = blindSet("blind20 (the groups as they write, half township and half industry groups; written 2026-11-29, never tuned on)",
                "/intake/messages-blind20.json", 175);
        // Written beside blind19 by another helper with the same brief (300 messages, 25 代报, 24 from group owners, 24
        // new problems beside an open appeal, 63 stated deadlines, 100 appeals with a defensible second unit),
        // committed unchanged (28ee496) and measured the same way. As shipped (the seeded group rule kept): precision
        // 98.3% (3 false appeals), recall 99.4% (1 missed), unit 92.6% strict / 97.7% acceptable, deadlines 96.6% (59
        // of 63 stated read right, 2 false on the 112 without one), nothing leaked. Without the rule: precision 97.8%
        // (4), the rest the same. Floors under it. With the judge of a new matter trained by liblinear (2026-11-29; fewer
        // wrong judgements on the blind sets together, docs/intake.md) one more false appeal here, 97.8% (b20-175, a
        // second question on the open appeal's 高企 taken for a new matter): the precision floor under that.
        assertAtLeast(s, 0.97, 0.98, 0.97, 0.96);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void theTwentyFirstBlindSetEverydayShopsInEveryGroup() {
        Scorecard s = blindSet("blind21 (everyday small businesses, half township and half industry groups; written 2026-11-29, never tuned on)",
                "/intake/messages-blind21.json", 175);
        // Written by a helper with blind19's brief (intake/writers/blind21-blind22: 300 messages, 27 代报, 14 from group
        // owners, 22 new problems beside an open appeal, 61 stated deadlines), committed unchanged (15effe1) and
        // measured first on the intake as it stood: precision 100.0%, recall 99.4% (1 missed), unit 81.1% strict /
        // 92.0% acceptable, deadlines 97.1% (58 of 61 stated read right, 2 false on the 114 without one), nothing
        // leaked; its second labeller (L13) agrees with its writer on 94.3% of the units. Floors under it.
        assertAtLeast(s, 0.98, 0.98, 0.91, 0.96);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void theTwentySecondBlindSetMidSizedFirmsBetweenTwoUnits() {
        Scorecard s = blindSet("blind22 (mid-sized firms, matters between two units, 60% township groups; written 2026-11-29, never tuned on)",
                "/intake/messages-blind22.json", 175);
        // Written beside blind21 by another helper with the same brief (300 messages, 25 代报, 14 from group owners, 21
        // new problems beside an open appeal, 64 stated deadlines), committed unchanged (f388952) and measured first on
        // the intake as it stood: precision 100.0%, recall 98.9% (2 missed), unit 86.3% strict / 98.9% acceptable,
        // deadlines 94.3% (58 of 64 stated read right, 4 false on the 111 without one), nothing leaked; its second
        // labeller (L14) agrees with its writer on 93.7%. Floors under it.
        assertAtLeast(s, 0.98, 0.98, 0.97, 0.93);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void theTwentyThirdBlindSetSmallBusinessesNotUsedToWritingToGovernment() {
        Scorecard s = blindSet("blind23 (everyday small businesses not used to writing to government, half township and half industry groups; written 2026-11-29, never tuned on)",
                "/intake/messages-blind23.json", 175);
        // Written by a helper with blind21's brief (intake/writers/blind23-blind24: 300 messages, 24 代报, 22 from group
        // owners, 20 new problems beside an open appeal, 58 stated deadlines), committed unchanged (637d13e) and
        // measured first on the intake as shipped (efce652): precision 97.8% (4 false appeals), recall 100.0%, unit
        // 93.7% strict / 98.3% acceptable, deadlines 97.7% (55 of 58 stated read right, 1 false on the 117 without
        // one), nothing leaked; the same with CrimeFirst; with the routing-only writers (sql/routing) N1-N4 unit
        // 94.3% / 98.9%, with R1-R4 too 95.4% / 99.4% (and with R5-R8), the rest the same. Floors under it. Since
        // a member's "me too" joins the thread's appeal (MeToo, 2026-11-30), two lines its writer calls chatter join
        // the water cut and the yellow-water appeal before them (俺们这边也没水…, 俺们这也黄…): precision 96.7%.
        assertAtLeast(s, 0.965, 0.98, 0.97, 0.96);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void theTwentyFourthBlindSetMidSizedFirmsInIndustryGroups() {
        Scorecard s = blindSet("blind24 (mid-sized firms, 60% industry groups, units named in passing; written 2026-11-29, never tuned on)",
                "/intake/messages-blind24.json", 175);
        // Written beside blind23 by another helper with the same brief (300 messages, 25 代报, 26 from group owners, 21
        // new problems beside an open appeal, 60 stated deadlines), committed unchanged (cd3b6e5) and measured first on
        // the intake as shipped (efce652): precision 99.4% (1 false appeal), recall 97.7% (4 missed), unit 89.7% strict
        // / 97.1% acceptable, deadlines 96.6% (57 of 60 stated read right, 3 false on the 115 without one), nothing
        // leaked; the same with CrimeFirst and with the routing-only writers N1-N4 (sql/routing); with R1-R4 too unit
        // 89.1% / 96.6%, with R5-R8 88.6% / 96.6%. Floors under it.
        assertAtLeast(s, 0.98, 0.97, 0.96, 0.95);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void theTwentyFifthBlindSetMeasuredOnceAtTheEnd() {
        Scorecard s = blindSet("blind25 (everyday businesses and a few larger firms, half township and half industry groups; written 2026-11-29, measured once at the end, never tuned on)",
                "/intake/messages-blind25.json", 175);
        // Written with blind21's brief (intake/writers/blind25-blind26: 300 messages, 26 代报, 32 from group owners, 22
        // new problems beside an open appeal, 62 stated deadlines) while routing was being changed, committed unchanged
        // (857c5f7) and measured once, after the last change of that session: precision 99.4% (1 false appeal),
        // recall 100.0%, unit 92.0% strict / 97.7% acceptable, deadlines 97.1% (60 of 62 stated read right, 3 false on
        // the 113 without one), nothing leaked. The intake of the session's start (efce652) scores the same but for
        // the unit: 88.0% / 96.0%. Floors under it.
        assertAtLeast(s, 0.98, 0.98, 0.96, 0.96);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void theTwentySixthBlindSetMidSizedFirmsAndCoopsMeasuredOnceAtTheEnd() {
        Scorecard s = blindSet("blind26 (mid-sized firms and co-ops, 60% township groups, office or department; written 2026-11-29, measured once at the end, never tuned on)",
                "/intake/messages-blind26.json", 175);
        // Written beside blind25 by another helper with the same brief (300 messages, 25 代报, 25 from group owners, 22
        // new problems beside an open appeal, 63 stated deadlines), committed unchanged (857c5f7) and measured once at
        // the end: precision 100.0%, recall 97.1% (5 missed), unit 89.7% strict / 97.1% acceptable, deadlines 97.1% (62
        // of 63 stated read right, 4 false on the 112 without one), nothing leaked. The intake of the session's start
        // (efce652): the same but for the unit, 90.9% / 96.6%. Floors under it.
        assertAtLeast(s, 0.98, 0.96, 0.96, 0.96);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void theTwentySeventhBlindSetNonAppealsThatLookLikeProblems() {
        Scorecard s = blindSet("blind27 (small businesses, many non-appeals that look like problems; written 2026-11-29, measured once at the end, never tuned on)",
                "/intake/messages-blind27.json", 175);
        // Written with blind21's brief (intake/writers/blind27-blind28: 300 messages, 27 代报, 16 from group owners, 21
        // new problems beside an open appeal, 60 stated deadlines), committed unchanged (c837e41) and measured once, on
        // the intake as shipped at the end of the session: precision 99.4% (1 false appeal), recall 99.4% (1 missed),
        // unit 88.0% strict / 98.3% acceptable, deadlines 95.4% (55 of 60 stated read right, 3 false on the 115
        // without one), nothing leaked. The session's start (efce652): the same but the unit, 85.7% / 96.0%.
        assertAtLeast(s, 0.98, 0.98, 0.97, 0.95);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.87);
    }

    @Test
    void theTwentyEighthBlindSetShortQuestionsAndOneLineComplaints() {
        Scorecard s = blindSet("blind28 (mid-sized firms, 60% industry groups, short questions and one-line complaints; written 2026-11-29, measured once at the end, never tuned on)",
                "/intake/messages-blind28.json", 175);
        // Written beside blind27 with the same brief (300 messages, 25 代报, 8 from group owners, 21 new problems beside
        // an open appeal, 62 stated deadlines), committed unchanged (c837e41) and measured once at the end: precision
        // 97.7% (4 false appeals), recall 95.4% (8 missed, 5 of them judged chatter by the appeal model), unit
        // 86.3% strict / 94.9% acceptable, deadlines 96.6% (57 of 62 stated read right, 1 false on the 113 without
        // one), nothing leaked. The session's start (efce652): the same but the unit, 85.1% / 95.4%. Its misses were
        // then read (a tuning set since); with ThanksThenAnotherMatter 7 missed and unit 152, one more deadline right.
        assertAtLeast(s, 0.97, 0.95, 0.94, 0.96);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void theTwentyNinthBlindSetThanksForOneMatterAndAnotherRaised() {
        Scorecard s = blindSet("blind29 (thanks for one matter and another raised, short questions and one-line complaints; written 2026-11-29, measured once at the end, never tuned on)",
                "/intake/messages-blind29.json", 175);
        // Written with blind21's brief and one extra instruction aimed at a known weakness (intake/writers/blind29: 300
        // messages, 25 代报, 23 from group owners, 20 new problems beside an open appeal, 61 stated deadlines),
        // committed unchanged (cc9ba32) and measured once, on the intake as shipped at the end of the session:
        // precision 96.0% (7 false appeals), recall 94.9% (9 missed), unit 85.7% strict / 96.0% acceptable,
        // deadlines 94.9% (59 of 61 stated read right, 7 false on the 114 without one), nothing leaked. The session's
        // start (efce652): the same but the unit, 82.9% / 94.3%. Its misses were then read (a tuning set since):
        // with ThanksThenAnotherMatter and the festival-season words (2026-11-29) 5 false appeals, 5 missed, unit
        // 155 (88.6%) / 97.7%, deadlines 171 (97.7%). Floors under it.
        assertAtLeast(s, 0.96, 0.96, 0.96, 0.96);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.87);
    }

    @Test
    void theThirtiethBlindSetEverydayBusinessesInAHurry() {
        Scorecard s = blindSet("blind30 (everyday small businesses in a hurry, half township and half industry groups; written 2026-11-29, measured once at the end, never tuned on)",
                "/intake/messages-blind30.json", 175);
        // Written with blind21's brief (intake/writers/blind30-blind31: 300 messages, 25 代报, 29 from group owners, 21
        // new problems beside an open appeal, 64 stated deadlines), committed unchanged (8f97992) before any change
        // of the session was measured, and measured once, at its end: precision 99.4% (1 false appeal), recall 98.9%
        // (2 missed), unit 92.6% strict / 98.3% acceptable, deadlines 95.4% (61 of 64 stated read right, 5 false on
        // the 111 without one), nothing leaked; the session's start (3b7c268) exactly the same.
        assertAtLeast(s, 0.98, 0.98, 0.97, 0.95);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.91);
    }

    @Test
    void theThirtyFirstBlindSetAThirdUnderThirtyCharacters() {
        Scorecard s = blindSet("blind31 (firms of every size, 60% industry groups, a third of the messages under 30 characters; written 2026-11-29, measured once at the end, never tuned on)",
                "/intake/messages-blind31.json", 175);
        // Written beside blind30 with the same brief (300 messages, 25 代报, 33 from group owners, 23 new problems
        // beside an open appeal, 59 stated deadlines, 100 messages under 30 characters), committed unchanged (8f97992)
        // and measured once at the end: precision 97.7% (4 false appeals), recall 96.0% (7 missed, 3 of them judged
        // chatter by the appeal model), unit 87.4% strict / 96.6% acceptable, deadlines 96.0% (53 of 59 stated read
        // right, 1 false on the 116 without one), nothing leaked; the session's start (3b7c268) exactly the same. Its
        // misses were then read (a tuning set since): with 合理不 asking, 6 missed (recall 96.6%).
        assertAtLeast(s, 0.97, 0.95, 0.96, 0.95);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.86);
    }

    @Test
    void theThirtySecondBlindSetTownshipsFirst() {
        Scorecard s = blindSet("blind32 (60% township groups, farms, co-ops, village shops and small factories; written 2026-11-29, measured once at the end, never tuned on)",
                "/intake/messages-blind32.json", 175);
        // Written with blind21's brief (intake/writers/blind32-blind33: 300 messages, 25 代报, 11 from group owners, 19
        // new problems beside an open appeal, 59 stated deadlines) after this session's changes, committed unchanged
        // (6f4205e) and measured once, at its end: precision 100.0%, recall 98.3% (3 missed), unit 82.9% strict /
        // 93.7% acceptable, deadlines 98.9% (59 of 59 stated read right, 2 false on the 116 without one), nothing
        // leaked; the session's start (3b7c268) exactly the same. The unit under its target both ways.
        assertAtLeast(s, 0.99, 0.97, 0.93, 0.97);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.82);
    }

    @Test
    void theThirtyThirdBlindSetOwnersWritingAgainAboutEarlierMatters() {
        Scorecard s = blindSet("blind33 (owners writing again about earlier matters: thanks, solved, follow-ups, new problems beside an open appeal; written 2026-11-29, measured once at the end, never tuned on)",
                "/intake/messages-blind33.json", 175);
        // Written beside blind32 with the same brief (300 messages, 27 代报, 3 from group owners, 28 new problems
        // beside an open appeal, 65 stated deadlines), committed unchanged (6f4205e) and measured once at the end:
        // precision 99.4% (1 false appeal), recall 98.9% (2 missed), unit 89.1% strict / 95.4% acceptable, deadlines
        // 94.9% (59 of 65 stated read right, 3 false on the 110 without one), nothing leaked; the session's start
        // (3b7c268) exactly the same.
        assertAtLeast(s, 0.98, 0.98, 0.95, 0.94);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void theThirtyFourthBlindSetServiceBusinesses() {
        Scorecard s = blindSet("blind34 (service businesses, half street and township groups of the town centre and half industry groups; written 2026-11-29, measured before and after, never tuned on)",
                "/intake/messages-blind34.json", 175);
        // Written with blind21's brief (intake/writers/blind34-blind35: 300 messages, 25 代报, 6 from group owners, 20
        // new problems beside an open appeal, 60 stated deadlines) before this session changed intake, committed
        // unchanged (b130a1a), measured on the session's start (a4b5084) and once at its end: precision 100.0% both
        // times, recall 98.3% -> 98.9% (3 -> 2 missed), unit 91.4% -> 93.1% strict, 96.6% -> 97.1% acceptable,
        // deadlines 97.7% both (57 of 60 stated read right, 1 false on the 115 without one), nothing leaked. Then V24
        // (the seeded construction-group rule dropped): unit 93.7% strict, 98.3% acceptable, the rest the same.
        assertAtLeast(s, 0.99, 0.98, 0.97, 0.97);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void theThirtyFifthBlindSetMoneyPermitsAndProgrammes() {
        Scorecard s = blindSet("blind35 (manufacturers, builders, farms and tech firms, 60% industry groups, money, permits and programmes; written 2026-11-29, measured before and after, never tuned on)",
                "/intake/messages-blind35.json", 175);
        // Written beside blind34 with the same brief (300 messages, 25 代报, 25 from group owners, 21 new problems
        // beside an open appeal, 61 stated deadlines), committed unchanged (b130a1a) and measured the same way:
        // precision 99.4% (1 false appeal) and recall 99.4% (1 missed) both times, unit 88.0% -> 87.4% strict, 98.3% ->
        // 97.7% acceptable, deadlines 99.4% both (60 of 61 stated read right, none false), nothing leaked. Then V24:
        // unit 88.6% strict, the rest the same.
        assertAtLeast(s, 0.99, 0.99, 0.97, 0.98);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void theThirtySixthBlindSetRuralAndTownshipLife() {
        Scorecard s = blindSet("blind36 (rural and township life, 60% township groups, farms, co-ops, village shops and quarries; written 2026-11-29, measured before and after, never tuned on)",
                "/intake/messages-blind36.json", 175);
        // Written with blind34's brief and one extra instruction (intake/writers/blind36-blind37: 300 messages, 25
        // 代报, 23 new problems beside an open appeal, 62 stated deadlines) before that session changed intake,
        // committed unchanged (ccdbabb), measured on the session's start (ba64a20) and once after the blind sets joined
        // routing: precision 98.3% (3 false appeals) and recall 99.4% (1 missed) both times, unit 87.4% -> 89.1%
        // strict, 94.9% -> 96.6% acceptable, deadlines 98.9% both (62 of 62 stated read right, 2 false on the 113
        // without one), nothing leaked.
        assertAtLeast(s, 0.98, 0.99, 0.96, 0.98);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void theThirtySeventhBlindSetABusyWeekOfThreadsAndOneLineComplaints() {
        Scorecard s = blindSet("blind37 (a busy autumn week in all 29 groups as threads, one-line complaints, town-centre streets; written 2026-11-29, measured before and after, never tuned on)",
                "/intake/messages-blind37.json", 175);
        // Written beside blind36 (300 messages in the week of 2026-09-14, 25 代报, 23 new problems beside an open
        // appeal, 61 stated deadlines; its writer labels a member's "me too" about their own business an appeal),
        // committed unchanged (ccdbabb) and measured the same way: precision 100.0% both times, recall 96.0% (7
        // missed, most of them "me too" lines) both times, unit 85.7% -> 84.6% strict, 95.4% -> 94.9% acceptable,
        // deadlines 97.1% both (58 of 61 stated read right, 2 false on the 114 without one), nothing leaked. With a
        // member's "me too" joining the thread's appeal (MeToo, 2026-11-30): recall 98.3% (3 missed), unit 88.0%
        // strict / 97.1% acceptable, the rest the same.
        assertAtLeast(s, 0.99, 0.98, 0.96, 0.97);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.87);
    }

    @Test
    void theThirtyEighthBlindSetAWeekOfThreadsWithSixtyMeToos() {
        Scorecard s = blindSet("blind38 (a busy October week as threads, 60 'me too' replies its writer labelled alone; written 2026-11-30, measured before and after the me-too join, tuned on since)",
                "/intake/messages-blind38.json", 175);
        // Written while MeToo was built (intake/writers/blind38: 25 代报, 19 new problems beside an open appeal, 59
        // stated deadlines; 40 of its 60 "me too" replies labelled appeals), committed unchanged (ea38b42) and measured
        // on a958a2d: precision 97.2% (4 false), recall 80.6% (34 missed), unit 81.1% / 87.4%, deadlines 97.1%; on
        // the first MeToo: 96.2% (6 false), 86.9% (23 missed), 84.6% / 91.4%, deadlines the same. MeToo was then
        // tuned on its misses: 96.4%, 91.4%, 88.6% / 94.9%. Floors under that.
        assertAtLeast(s, 0.96, 0.91, 0.94, 0.97);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void theThirtyNinthBlindSetAJuneWeekOfThreads() {
        Scorecard s = blindSet("blind39 (a June week as threads, 70 replies to another member's problem; written 2026-11-30, measured before and after, tuned on since)",
                "/intake/messages-blind39.json", 175);
        // Committed unchanged (bf380d5) and measured on a958a2d: precision 96.8% (5 false), recall 87.4% (22 missed),
        // unit 82.9% / 90.9%, deadlines 94.3%; on 54353cb (the me-too join tuned on blind38): 97.1%, 94.3% (10
        // missed), 87.4% / 94.9%, deadlines the same. Tuned on since (MeToo, deadlines given as days allowed).
        assertAtLeast(s, 0.96, 0.95, 0.94, 0.95);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.86);
    }

    @Test
    void theFortiethBlindSetSpringStandingAlone() {
        Scorecard s = blindSet("blind40 (spring 2026, half township and half industry groups, most messages standing alone; written 2026-11-30, measured before and after, tuned on since)",
                "/intake/messages-blind40.json", 175);
        // Committed unchanged (3d7b2bf), measured on a958a2d and on 54353cb: precision 98.3% (3 false) -> 97.7% (a
        // thanks read as a me too), recall 98.9% (2 missed), unit 89.7% / 96.0%, deadlines 97.7% both times. Since
        // blind36-42 teach routing (2026-11-30), scored by its fold's routing model, which never saw it: unit 88.6%.
        assertAtLeast(s, 0.98, 0.98, 0.95, 0.97);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void theFortyFirstBlindSetADecemberWeekOfWinterThreads() {
        Scorecard s = blindSet("blind41 (a December week of winter threads, 140 replies to another member's problem; written 2026-11-30, measured before and after, tuned on since)",
                "/intake/messages-blind41.json", 175);
        // Committed unchanged (368043b) and measured on a958a2d: precision 92.8% (12 false), recall 88.6% (20
        // missed), unit 83.4% / 90.9%, deadlines 94.9%; on cd53369 (MeToo tuned on blind38-40, the deadline cues):
        // 93.1% (12 false), 92.6% (13 missed), 85.7% / 93.7%, deadlines 94.3%. Tuned on since.
        assertAtLeast(s, 0.93, 0.94, 0.94, 0.94);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.86);
    }

    @Test
    void theFortySecondBlindSetTwoOrdinaryWeeks() {
        Scorecard s = blindSet("blind42 (two ordinary weeks, standalone messages and short threads, one-line reports; written 2026-11-30, measured before and after)",
                "/intake/messages-blind42.json", 175);
        // Committed unchanged (c8969a8) and measured on a958a2d: precision 98.8% (2 false), recall 92.0% (14 missed),
        // unit 86.3% / 90.9%, deadlines 97.1%; on f1101db (this session's intake): 98.3% (3 false), 98.3% (3
        // missed), 88.6% / 92.6%, deadlines 97.1%, nothing leaked.
        assertAtLeast(s, 0.98, 0.98, 0.92, 0.97);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void theFortyThirdBlindSetWhatADispatcherSeesMost() {
        Scorecard s = blindSet("blind43 (the matters a 12345 dispatcher sees most, many between two units; written 2026-11-30, measured before and after, never tuned on)",
                "/intake/messages-blind43.json", 175);
        // Committed unchanged (5b2aa1e) and measured on 58f37b1 (the session's start): precision 99.4% (1 false),
        // recall 98.9% (2 missed), unit 89.1% / 96.0%, deadlines 96.6%; with blind36-42 teaching routing (85a9254):
        // unit 90.9% / 97.7%; after that session's deadline rules: deadlines 97.1%, nothing leaked. Since blind43-48
        // teach routing (the next session) it is scored on its fold's model, which also never saw blind38 and blind48:
        // unit 89.7% / 97.1%.
        assertAtLeast(s, 0.99, 0.98, 0.97, 0.96);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.89);
    }

    @Test
    void theFortyFourthBlindSetWinterAndHolidaySeasons() {
        Scorecard s = blindSet("blind44 (the winter and holiday seasons, deadlines around the holidays; written 2026-11-30, measured before and after, tuned on since)",
                "/intake/messages-blind44.json", 175);
        // Committed unchanged (274767c) and measured on 58f37b1 and on 85a9254 alike: precision 97.1% (5 false),
        // recall 96.6% (6 missed), unit 94.9% / 99.4%, deadlines 91.4% (8 false ones, most of them 年前). Its deadline
        // misses were read and tuned on (afb54c8): deadlines 95.4%.
        assertAtLeast(s, 0.97, 0.96, 0.99, 0.95);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.94);
    }

    @Test
    void theFortyFifthBlindSetTheWeeksAroundTheHolidays() {
        Scorecard s = blindSet("blind45 (the weeks around the holidays: seasons, promises, plans and real deadlines; written 2026-11-30, measured before and after, tuned on since)",
                "/intake/messages-blind45.json", 175);
        // Committed unchanged (d1502af) and measured on 58f37b1: precision 99.4% (1 false), recall 98.3% (3 missed),
        // unit 93.1% / 98.3%, deadlines 84.6% (21 false ones); on afb54c8 (blind44's deadline rules): unit 93.7%,
        // deadlines 86.3%. Its deadline misses were then read and tuned on (b763f3c, 32e1c3d): 89.7%. Most of what
        // is left is its writer's reading of a plan or a question (想年前开业, 年前还能批下来不) as no deadline, which
        // the older writers mostly read as one.
        assertAtLeast(s, 0.99, 0.98, 0.98, 0.89);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void theFortySixthBlindSetTheWholeYear() {
        Scorecard s = blindSet("blind46 (the whole year, time as businesses talk about it, many matters between two units; written 2026-11-30, measured before and after, never tuned on)",
                "/intake/messages-blind46.json", 175);
        // Committed unchanged (342e822) after every change of the session, measured on 58f37b1: precision 97.7% (4
        // false), recall 97.7% (4 missed), unit 84.6% / 97.1%, deadlines 95.4%; on 342e822: the same appeal
        // judgements, unit 86.9% / 98.9%, deadlines 96.6%, nothing leaked. Since blind43-48 teach routing (the next
        // session) it is scored on its fold's model, which also never saw blind36 and blind41: unit 85.7% / 97.7%.
        assertAtLeast(s, 0.97, 0.97, 0.97, 0.96);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void theFortySeventhBlindSetThreadsAndUnitsNamedInPassing() {
        Scorecard s = blindSet("blind47 (threads, units named in passing, many matters between a township office and a district unit; written 2026-11-30, measured before and after, tuned on since)",
                "/intake/messages-blind47.json", 175);
        // Committed unchanged (1427363) and measured on it (a6b7fd1's intake): precision 99.4% (1 false), recall 96.6%
        // (6 missed), unit 90.9% / 96.6%, deadlines 96.6%. Its appeal and deadline misses were read and tuned on (an
        // answer that puts the writer off, a bare 责令, 又一个事, a promise with 称, a threat after the date, a notice
        // put up today, how often within a span): recall 98.3%, deadlines 98.3%; scored on its fold's routing model
        // since it teaches routing: unit 90.9% / 96.0%; nothing leaked.
        assertAtLeast(s, 0.99, 0.98, 0.96, 0.98);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void theFortyEighthBlindSetEveryKindOfBusinessTypedAsInWeChat() {
        Scorecard s = blindSet("blind48 (every kind of business and matter, typed as in WeChat; written 2026-11-30, measured before and after, never tuned on)",
                "/intake/messages-blind48.json", 175);
        // Committed unchanged (1427363) and measured on it (a6b7fd1's intake): precision 100.0% (0 false), recall
        // 99.4% (1 missed), unit 93.7% / 98.9%, deadlines 98.3%; after the session's changes, scored on its fold's
        // routing model since it teaches routing: the same figures, nothing leaked.
        assertAtLeast(s, 0.99, 0.99, 0.98, 0.98);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void theFortyNinthBlindSetVillagesAndTowns() {
        Scorecard s = blindSet("blind49 (villages and towns, matters a township office and the district share; written 2026-11-30, measured before and after, tuned on since)",
                "/intake/messages-blind49.json", 175);
        // Committed unchanged (2e1d02c) and measured on 1427363 (a6b7fd1's intake): precision 98.3% (3 false), recall
        // 98.3% (3 missed), unit 90.3% / 98.3%, deadlines 98.3%; on 82669c9 (routing from blind43-48): unit 92.0%.
        // Its misses were then read and its deadline misses tuned on (d6e5184): deadlines 99.4%; nothing leaked. Not
        // routing training (teaching routing blind49-52 moved the older sets' units 8,096 -> 8,091): the shipped model
        // never saw it.
        assertAtLeast(s, 0.98, 0.98, 0.98, 0.99);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.91);
    }

    @Test
    void theFiftiethBlindSetIndustryGroupsAndCityStreets() {
        Scorecard s = blindSet("blind50 (industry groups and city streets, non-appeals that look like problems; written 2026-11-30, measured before and after, tuned on since)",
                "/intake/messages-blind50.json", 175);
        // Committed unchanged (2e1d02c) and measured on 1427363: precision 98.8% (2 false), recall 97.7% (4 missed),
        // unit 88.0% / 96.0%, deadlines 96.6%; on 82669c9: unit 88.6%. Its misses were then read and its deadline
        // misses tuned on (d6e5184): deadlines 98.9%; nothing leaked. Not routing training, as blind49.
        assertAtLeast(s, 0.98, 0.97, 0.95, 0.98);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void theFiftyFirstBlindSetTwoOrdinaryWeeksOfEachSeason() {
        Scorecard s = blindSet("blind51 (two ordinary weeks of each season; written 2026-11-30, measured before and after, never tuned on)",
                "/intake/messages-blind51.json", 175);
        // Committed unchanged (93ef163) and measured on e38f333 and on d6e5184 alike: precision 98.8% (2 false),
        // recall 97.1% (5 missed), unit 89.7% / 97.1%, deadlines 95.4%, nothing leaked.
        assertAtLeast(s, 0.98, 0.97, 0.97, 0.95);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.89);
    }

    @Test
    void theFiftySecondBlindSetOwnersWhoWriteAgain() {
        Scorecard s = blindSet("blind52 (owners with an open appeal who write again, non-appeals that mention a problem; written 2026-11-30, measured before and after, never tuned on)",
                "/intake/messages-blind52.json", 175);
        // Committed unchanged (93ef163) and measured on e38f333 and on d6e5184 alike: precision 98.9% (2 false),
        // recall 98.9% (2 missed), unit 93.7% / 98.9%, deadlines 97.7%, nothing leaked.
        assertAtLeast(s, 0.98, 0.98, 0.98, 0.97);
        assertThat(s.department()).isGreaterThanOrEqualTo(0.93);
    }

    /**
     * Second labellers (docs/intake.md, "How much of a unit is judgement"): for eight blind sets another helper (two
     * for blind16), who read only the unit list and public duties and each appeal's text and group, chose the unit to
     * receive each appeal first, never seeing the writer's label. Scored against the writers as intake is, they show what a careful
     * reader reaches on the same appeals; on the appeals both sent to the same unit (the clear ones) intake's errors
     * are its own, not the labels' judgement. Prints both; the floor is under intake's figure on the clear appeals.
     */
    @Test
    void aSecondLabellerShowsWhatACarefulReaderReachesOnTheSameAppeals() {
        Map<String, SecondLabels> labellers = new LinkedHashMap<>();
        List<LabellerAgreement> sets = new ArrayList<>();
        for (String file : SECOND_LABELS) {
            SecondLabels second = SecondLabels.read("/intake/second-labels/" + file + ".json");
            labellers.put(file, second);
            LabellerAgreement a = LabellerAgreement.measure(LabelledMessage.read("/intake/messages-" + second.set()
                    + ".json"), second, m -> predict(second.set(), m).department());
            System.out.println(a.report(second.set() + " (" + second.labeller() + ")"));
            sets.add(a);
        }
        LabellerAgreement all = LabellerAgreement.together(sets);
        System.out.println(all.report("second labellers, all sets"));
        SecondLabels one = labellers.get("L1-blind16");
        System.out.printf(Locale.ROOT, "blind16's two second labellers chose the same unit for %d of %d appeals%n",
                LabellerAgreement.sameFirstChoice(one, labellers.get("L2-blind16")), one.units().size());
        assertThat(all.appeals).isEqualTo(TOTAL_SECOND_LABELLED);
        assertThat(all.intakeOnAgreedShare()).isGreaterThanOrEqualTo(CLEAR_APPEALS_FLOOR);
    }

    /**
     * The sets with two second labellers (each blind, neither seeing the writer's labels nor the other's): the unit at
     * least two of the three readers chose is the appeal's settled unit (MajorityOfThree), and intake is scored on
     * it, the appeals split three ways counted apart. Prints each set and all together. First measured 2026-11-29
     * with blind36's and blind37's second labellers (L27-L30): of 537 appeals 535 settled (504 by all three), intake
     * on the settled unit 93.5% on blind16, 86.9% on blind36, 84.0% on blind37, 88.2% together (472 of 535): no
     * higher than against the writer alone, so intake's misses on these sets are its own, not one reader's choice.
     * The floor is under that.
     */
    @Test
    void threeReadersSettleTheUnitWhereTwoAgree() {
        List<MajorityOfThree> sets = new ArrayList<>();
        for (List<String> pair : TWO_SECOND_LABELLERS) {
            SecondLabels one = SecondLabels.read("/intake/second-labels/" + pair.get(0) + ".json");
            SecondLabels other = SecondLabels.read("/intake/second-labels/" + pair.get(1) + ".json");
            MajorityOfThree m = MajorityOfThree.measure(LabelledMessage.read("/intake/messages-" + one.set()
                    + ".json"), one, other, x -> predict(one.set(), x).department());
            System.out.println(m.report(one.set() + " (writer, " + one.labeller() + ", " + other.labeller() + ")"));
            sets.add(m);
        }
        MajorityOfThree all = MajorityOfThree.together(sets);
        System.out.println(all.report("three readers, all sets"));
        assertThat(all.intakeOnSettledShare()).isGreaterThanOrEqualTo(0.87);
    }

    /**
     * Every blind set's messages scored as one set: a set of ~200 appeals puts a single message at half a point, so one
     * set's 97.6% and another's 99.0% may both come from the same intake. Together (1,175 appeals on 2026-11-28) the
     * figures move by a tenth of a point per message, and the report gives the 95% Wilson interval of precision and
     * recall. Floors a little under that day's figures (precision 98.2%, recall 98.8%, acceptable unit 96.9%,
     * deadlines 97.0%).
     */
    @Test
    void theBlindSetsTogether() {
        List<LabelledMessage> all = new ArrayList<>();
        Map<LabelledMessage, Scorecard.Prediction> read = new IdentityHashMap<>();
        for (String set : BLIND_SETS) {
            List<LabelledMessage> messages = LabelledMessage.read("/intake/messages-" + set + ".json");
            all.addAll(messages);
            // Each set's threads are its own: two sets may use the same group in the same hour.
            read.putAll(GroupThreads.read(messages, m -> handle(set, m)));
        }
        Scorecard s = Scorecard.score(all, read::get);
        System.out.println(s.report("blind-all (" + String.join(", ", BLIND_SETS) + " as one set, never tuned on)"));
        int predicted = s.truePositive + s.falsePositive;
        System.out.printf(Locale.ROOT, "  95%% intervals: precision %s, recall %s%n",
                Wilson.interval(s.truePositive, predicted), Wilson.interval(s.truePositive, s.appeals));
        assertThat(s.leaks).isZero();
        assertAtLeast(s, 0.975, 0.98, 0.96, 0.96);
    }

    @Test
    void theEvaluationSetNeverTunedOn() {
        Scorecard s = score("eval-c (looked at, never tuned on)", "/intake/messages-eval-c.json", false);
        assertThat(s.leaks).isZero();
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(s.departmentAcceptable()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theCorpusTheRulesWereTunedOn() {
        Scorecard a = score("train-a (tuned on)", "/intake/history/corpus-train-a.json", true);
        Scorecard b = score("train-b (tuned on)", "/intake/history/corpus-train-b.json", true);
        assertThat(a.leaks + b.leaks).isZero();
        assertThat(a.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(b.precision()).isGreaterThanOrEqualTo(0.98);
    }

    /**
     * The follow-up rules' training set: 420 messages of owners with an open appeal (240 new problems, 180 about the
     * open one), written for tuning by a writer who saw only the unit list and public duties. Its first measurement
     * (2026-11-28, before any rule was tuned on it): precision 90.7%, recall 73.3% (18 false appeals, 64 missed), unit
     * 67.9% strict / 80.0% acceptable, deadlines 97.9%. After the turns to another matter were read
     * (OpenAppealMatcher.turnToAnotherMatter) and a new matter's words judged on their own: precision 92.0%, recall
     * 85.8% (18 false appeals, 34 missed), unit 69.6% / 82.5%; with a follow-up read where the writer passes on what
     * the open appeal's unit said: 94.4%, 85.0% (12 false, 36 missed); once what follows the open one done is judged
     * on its own (no still-cue, bare 现在, shared words do not stop it): 94.6%, 87.9% (12 false, 29 missed), unit
     * 70.0% / 82.9%. Its misses are printed with
     * {@code -Dintake.misses=true}.
     */
    @Test
    void theTrainingSetOfOwnersWithAnOpenAppeal() {
        Scorecard s = score("open-a (tuned on, and the judge of a new matter trained on it; every writer has an open appeal)", "/intake/turns/messages-open-a.json", true);
        assertThat(s.leaks).isZero();
        assertThat(s.appeals).isEqualTo(240);
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.94);
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.87);
    }

    /**
     * The second training set of owners with an open appeal: 300 messages that each open with the open appeal's matter
     * and use no marker word (150 new problems, 150 about the open one), the shape blind11 misses most. Its first
     * measurement (committed as delivered, 2026-11-28, on 342589a): precision 89.8%, recall 35.3% (6 false appeals, 97
     * missed), unit 67.3% / 74.0%, deadlines 99.3%. With the words after an opening clause on the open one classified
     * on their own: 90.0%, 36.0%. Of the 390 new problems of open-a and open-b only 60 reach the opening-clause rule
     * (OpenAppealMatcher.newMatterAfterOpeningClause) against 379 follow-ups, and no single condition of it separates
     * them (most follow-ups are stopped because the catalogue places their words nowhere, most new problems by what
     * the writer says someone told them or by the same owner): the case for a learned follow-up-or-new judge.
     */
    @Test
    void theSecondTrainingSetOfOwnersOpeningWithTheirOpenAppeal() {
        Scorecard s = score("open-b (tuned on, and the judge of a new matter trained on it; every message opens with the open appeal's matter, no marker)",
                "/intake/turns/messages-open-b.json", true);
        assertThat(s.leaks).isZero();
        assertThat(s.appeals).isEqualTo(150);
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.89);
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.355);
    }

    /**
     * Every message the training writers wrote beside an open appeal of theirs (sql/history: 529 follow-ups and 350
     * progress questions, none an appeal): the other side of the follow-up rules. 10 were made appeals on 2026-11-28,
     * before and after the turns to another matter were read (OpenAppealMatcher.turnToAnotherMatter); 6 since a writer
     * passing on what the open appeal's unit said follows it up (OpenAppealMatcher.answeredByItsUnit).
     */
    @Test
    void theTrainingWritersMessagesBesideAnOpenAppeal() {
        List<LabelledMessage> beside = new ArrayList<>();
        for (Path file : SeedSql.historyFiles()) {
            LabelledMessage.read(file).stream().filter(m -> m.openAppeal() != null).forEach(beside::add);
        }
        Scorecard s = Scorecard.score(beside, IntakeEvaluationTest::predict);
        System.out.println(s.report("history-open (tuned on; the training writers' messages beside an open appeal)"));
        if (SHOW_TUNING_MISSES) {
            s.misses().forEach(miss -> System.out.println("  miss " + miss));
        }
        assertThat(beside).hasSize(879);
        assertThat(s.falsePositive).isLessThanOrEqualTo(6);
    }

    /**
     * The judge's other side, which no labelled set shows: a new problem for the same unit as the writer's open appeal
     * ("the tax office again, another matter"). Each training writer's appeal is read as if the writer's previous
     * appeal in the group, of the same unit and in other words, were still open; one the judge folds into the open
     * appeal is a problem its unit never hears of as its own. The judge never trained on these pairs (BesideOpenPairs
     * sets each message beside another unit's appeal).
     */
    @Test
    void aNewProblemForTheOpenAppealsOwnUnitIsRarelyFoldedIntoIt() {
        int appeals = 0;
        int folded = 0;
        for (AppealAfterAnother pair : AppealAfterAnother.inTheTrainingCorpus()) {
            LabelledMessage open = pair.previous();
            LabelledMessage m = pair.message();
            ChatGroup group = groups.get(m.groupCode());
            if (!pair.sameUnit() || !intake.assess(m.text(), m.sentAt(), group, SenderContext.OWNER).appeal()) {
                continue;
            }
            appeals++;
            IntakeDraft beside = intake.assess(m.text(), m.sentAt(), group, new SenderContext(Speaker.OWNER,
                    List.of(new SenderContext.OpenAppeal("XH20261126-0001", intake.triage().mask(open.text()), null,
                            open.department()))));
            if (beside.act().act() != ConversationAct.APPEAL) {
                folded++;
                if (SHOW_TUNING_MISSES) {
                    System.out.println("  folded " + beside.act().reasons() + " " + open.text() + "  =>  " + m.text());
                }
            }
        }
        System.out.printf(Locale.ROOT, "new problems of the open appeal's own unit folded into it: %d of %d (%.1f%%)%n",
                folded, appeals, 100.0 * folded / appeals);
        // 63 of 1,154 (5.5%) when first measured (2026-11-29). Tried and not kept, each because the labelled follow-ups
        // held out lost more than this gained: the same unit counted as a tie for the judge (86 folded, 7.5%; blind13
        // two false appeals fewer), and "its unit answered" refused when the message is clearly another matter of that
        // unit sharing no word with the open one (54 folded; the six sets of intake/turns held out 10 false appeals more).
        assertThat(appeals).isGreaterThan(1000);
        assertThat(folded).isLessThanOrEqualTo(appeals * 6 / 100);
    }

    /** A blind set scored: all its appeals read, no personal number left unmasked. */
    private static Scorecard blindSet(String name, String resource, int appeals) {
        // A blind set that joined the judge's training data (intake/turns) after its blind measurement is tuned on now.
        Scorecard s = score(name, resource, resource.contains("/intake/turns/"));
        assertThat(s.leaks).isZero();
        assertThat(s.appeals).isEqualTo(appeals);
        return s;
    }

    /** A blind set's floors: precision, recall, acceptable unit and deadlines each at least the figure given. */
    private static void assertAtLeast(Scorecard s, double precision, double recall, double acceptableUnit,
                                      double deadlines) {
        assertThat(s.precision()).isGreaterThanOrEqualTo(precision);
        assertThat(s.recall()).isGreaterThanOrEqualTo(recall);
        assertThat(s.departmentAcceptable()).isGreaterThanOrEqualTo(acceptableUnit);
        assertThat(s.deadlines()).isGreaterThanOrEqualTo(deadlines);
    }

    @Test
    void freshSetsNamedOnTheCommandLine() {
        String files = System.getProperty("intake.fresh", "");
        Assumptions.assumeFalse(files.isBlank(), "no fresh set named (scripts/eval-intake FILE...)");
        for (String file : Arrays.stream(files.split(",")).map(String::trim).filter(f -> !f.isEmpty()).toList()) {
            Scorecard s = scoreInThreads(null, LabelledMessage.read(Path.of(file)));
            System.out.println(s.report(Path.of(file).getFileName() + " (fresh, never seen)"));
            // Only for a candidate set already read (sql/candidates/README.md): printing a fresh set's misses ends its
            // being fresh, so it takes its own switch.
            if (Boolean.getBoolean("intake.fresh.misses")) {
                s.misses().forEach(miss -> System.out.println("  miss " + miss));
            }
            assertThat(s.leaks).as("personal numbers left unmasked in " + file).isZero();
        }
    }
}
