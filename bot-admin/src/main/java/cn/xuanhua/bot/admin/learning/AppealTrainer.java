package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.intake.Triage;
import cn.xuanhua.bot.core.learning.LearnedAppeal;
import cn.xuanhua.bot.core.learning.LinearClassifier;
import cn.xuanhua.bot.core.learning.TrainingReport;
import cn.xuanhua.bot.core.org.ChatGroup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains the appeal-or-not judge on owners' labelled messages and decides, by measurement, when it may overrule
 * the cue rules. As for routing: five-fold cross-validation, a grid of thresholds scored on the held-out
 * predictions ({@link AppealBlendChoice}), then the model retrained on everything. Messages a veto or a
 * conversation rule decided are not the model's to judge and count as the rules decided them.
 */
public final class AppealTrainer {
    private static final long SEED = 11L;

    private final Clock clock;

    public AppealTrainer(Clock clock) {
        this.clock = clock;
    }

    private record Seen(TrainingRow row, boolean truth, Triage.TrainingView rules) {
    }

    public LearnedAppeal train(List<LabelledExample> examples, Triage triage, Map<String, ChatGroup> groups) {
        long started = System.nanoTime();
        List<Seen> seen = new ArrayList<>();
        for (LabelledExample e : examples) {
            if (!e.byOwner()) {
                continue;
            }
            Triage.TrainingView view = triage.trainingView(e.text(), groups.get(e.groupCode()));
            seen.add(new Seen(new TrainingRow(view.appealFeatures(),
                    e.appeal() ? LearnedAppeal.APPEAL : LearnedAppeal.NOT_APPEAL), e.appeal(), view));
        }
        long appeals = seen.stream().filter(Seen::truth).count();
        if (seen.size() < RoutingTrainer.MIN_EXAMPLES || appeals == 0 || appeals == seen.size()) {
            return new LearnedAppeal(null, 2.0, -1.0, new TrainingReport(seen.size(), 0, 2, Double.NaN,
                    Double.NaN, Double.NaN, clock.instant(), millisSince(started)));
        }
        List<AppealBlendChoice.Held> held = crossValidate(seen);
        AppealBlendChoice.Choice choice = AppealBlendChoice.choose(held);
        double modelAccuracy = held.stream().filter(h -> (h.probability() >= 0.5) == h.appeal()).count()
                / (double) held.size();
        LinearClassifier model = TribuoLinearModels.train(seen.stream().map(Seen::row).toList());
        return new LearnedAppeal(model, choice.appealAbove(), choice.noiseBelow(), new TrainingReport(seen.size(), 0, 2,
                modelAccuracy, choice.rulesAccuracy(), choice.accuracy(), clock.instant(), millisSince(started)));
    }

    /** Each message judged by a model trained on the other folds, beside what the rules said of it. */
    private static List<AppealBlendChoice.Held> crossValidate(List<Seen> seen) {
        return Folds.crossValidate(seen.size(), SEED, (training, test) -> {
            LinearClassifier model = TribuoLinearModels.train(training.stream().map(i -> seen.get(i).row()).toList());
            return test.stream().map(seen::get).map(s -> new AppealBlendChoice.Held(s.truth(),
                    s.rules().rulesSayAppeal(), s.rules().rulesDecideAlone(), s.rules().clearlyNoise(),
                    s.rules().plainRequest(), model.probability(s.row().features(), LearnedAppeal.APPEAL))).toList();
        });
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
