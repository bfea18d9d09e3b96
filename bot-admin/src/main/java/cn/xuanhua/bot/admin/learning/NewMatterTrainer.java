package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.intake.SenderContext;
import cn.xuanhua.bot.core.intake.Speaker;
import cn.xuanhua.bot.core.intake.Triage;
import cn.xuanhua.bot.core.learning.LearnedNewMatter;
import cn.xuanhua.bot.core.learning.LinearClassifier;
import cn.xuanhua.bot.core.learning.TrainingReport;
import cn.xuanhua.bot.core.org.ChatGroup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains the judge of a new matter (does an owner with an open appeal raise a new matter, or write about the open
 * one?) on labelled messages beside open appeals, and decides by measurement when it may overrule the act rules:
 * five-fold cross-validation, a grid of thresholds scored on the held-out judgements ({@link NewMatterBlendChoice}),
 * then the model retrained on everything. A message that names an open appeal by number is the rules' alone. Trained
 * by liblinear ({@link LiblinearModels}), like the routing model: as good as Tribuo's SGD held out on the sets it
 * trains on, and fewer wrong judgements on the blind sets it never saw (docs/intake.md, "The judge of a new matter").
 */
public final class NewMatterTrainer {
    private static final long SEED = 13L;

    private final Clock clock;

    public NewMatterTrainer(Clock clock) {
        this.clock = clock;
    }

    private record Seen(TrainingRow row, boolean truth, Triage.NewMatterView rules) {
    }

    /**
     * @param besideOpen labelled messages written beside an open appeal
     * @param corpus     the labelled corpus: its owners' messages, each set beside an appeal of another writer and
     *                   another unit, teach what a new problem with no tie to the open one looks like, and that chatter
     *                   is no new matter ({@link BesideOpenPairs}); and both, made to open with a word on the open
     *                   appeal, teach that such an opening decides nothing ({@link OpeningClauseVariants})
     */
    public LearnedNewMatter train(List<BesideOpenExample> besideOpen, List<LabelledExample> corpus, Triage triage,
                                  Map<String, ChatGroup> groups) {
        return train(besideOpen, corpus, triage, groups, OpeningClauseVariants.MAX_PER_SIDE);
    }

    /**
     * As above, with at most {@code openingVariants} messages a side made to open on the open appeal
     * ({@link OpeningClauseVariants}); the evaluation measures other numbers with it.
     */
    LearnedNewMatter train(List<BesideOpenExample> besideOpen, List<LabelledExample> corpus, Triage triage,
                           Map<String, ChatGroup> groups, int openingVariants) {
        List<BesideOpenExample> examples = new ArrayList<>(besideOpen);
        examples.addAll(BesideOpenPairs.of(corpus, besideOpen, BesideOpenPairs.MAX));
        examples.addAll(OpeningClauseVariants.of(examples, triage.catalogue(), openingVariants));
        return train(examples, triage, groups);
    }

    public LearnedNewMatter train(List<BesideOpenExample> examples, Triage triage, Map<String, ChatGroup> groups) {
        long started = System.nanoTime();
        List<Seen> seen = new ArrayList<>();
        for (BesideOpenExample e : examples) {
            Triage.NewMatterView view = triage.newMatterView(e.text(), groups.get(e.groupCode()), senderOf(e, triage));
            seen.add(new Seen(new TrainingRow(view.features(),
                    e.newMatter() ? LearnedNewMatter.NEW : LearnedNewMatter.NOT_NEW), e.newMatter(), view));
        }
        long news = seen.stream().filter(Seen::truth).count();
        int corrections = (int) examples.stream().filter(BesideOpenExample::correction).count();
        if (seen.size() < RoutingTrainer.MIN_EXAMPLES || news == 0 || news == seen.size()) {
            return new LearnedNewMatter(null, 2.0, -1.0, new TrainingReport(seen.size(), corrections, 2, Double.NaN,
                    Double.NaN, Double.NaN, clock.instant(), millisSince(started)));
        }
        List<NewMatterBlendChoice.Held> held = crossValidate(seen);
        NewMatterBlendChoice.Choice choice = NewMatterBlendChoice.choose(held);
        double modelAccuracy = held.stream().filter(h -> (h.probability() >= 0.5) == h.newMatter()).count()
                / (double) held.size();
        LinearClassifier model = LiblinearModels.train(seen.stream().map(Seen::row).toList());
        return new LearnedNewMatter(model, choice.newAbove(), choice.aboutBelow(), new TrainingReport(seen.size(),
                corrections, 2,
                modelAccuracy, choice.rulesAccuracy(), choice.accuracy(), clock.instant(), millisSince(started)));
    }

    /** The writer as intake sees them: an owner with this one appeal open, its text masked as stored. */
    static SenderContext senderOf(BesideOpenExample e, Triage triage) {
        String openText = triage.mask(e.openText());
        return new SenderContext(Speaker.OWNER, List.of(new SenderContext.OpenAppeal(e.openNumber(), openText, null,
                e.openDepartment())));
    }

    /** Each message judged by a model trained on the other folds, beside what the rules said of it. */
    private static List<NewMatterBlendChoice.Held> crossValidate(List<Seen> seen) {
        return Folds.crossValidate(seen.size(), SEED, (training, test) -> {
            LinearClassifier model = LiblinearModels.train(training.stream().map(i -> seen.get(i).row()).toList());
            return test.stream().map(seen::get).map(s -> new NewMatterBlendChoice.Held(s.truth(),
                    s.rules().rulesSayNew(), s.rules().rulesAlone(), s.rules().tied(),
                    model.probability(s.row().features(), LearnedNewMatter.NEW))).toList();
        });
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
