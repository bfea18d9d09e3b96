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
 * predictions, the best kept, then the model retrained on everything. Messages a veto or a conversation rule
 * decided are not the model's to judge and count as the rules decided them.
 */
public final class AppealTrainer {
    private static final long SEED = 11L;
    private static final double[] APPEAL_ABOVE = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 2.0};
    private static final double[] NOISE_BELOW = {-1.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5};
    /**
     * How much less accurate than the best a more cautious blend may be and still be preferred. Zero: on fresh
     * writers (training corpora F and G, before they were trained on) any margin let false appeals through, since
     * cross-validation on the corpora the cue rules were tuned on flatters the rules.
     */
    static final double NEAR_BEST = 0.0;

    private final Clock clock;

    public AppealTrainer(Clock clock) {
        this.clock = clock;
    }

    private record Seen(TribuoLinearModels.Row row, boolean truth, Triage.TrainingView rules) {
    }

    private record Held(Seen seen, double probability) {
    }

    public LearnedAppeal train(List<LabelledExample> examples, Triage triage, Map<String, ChatGroup> groups) {
        long started = System.nanoTime();
        List<Seen> seen = new ArrayList<>();
        for (LabelledExample e : examples) {
            if (!e.byOwner()) {
                continue;
            }
            Triage.TrainingView view = triage.trainingView(e.text(), groups.get(e.groupCode()));
            seen.add(new Seen(new TribuoLinearModels.Row(view.appealFeatures(),
                    e.appeal() ? LearnedAppeal.APPEAL : LearnedAppeal.NOT_APPEAL), e.appeal(), view));
        }
        long appeals = seen.stream().filter(Seen::truth).count();
        if (seen.size() < RoutingTrainer.MIN_EXAMPLES || appeals == 0 || appeals == seen.size()) {
            return new LearnedAppeal(null, 2.0, -1.0, new TrainingReport(seen.size(), 0, 2, Double.NaN,
                    Double.NaN, Double.NaN, clock.instant(), millisSince(started)));
        }
        List<Held> held = crossValidate(seen);
        double rulesAccuracy = accuracy(held, 2.0, -1.0);
        double top = rulesAccuracy;
        for (double above : APPEAL_ABOVE) {
            for (double below : NOISE_BELOW) {
                if (below < above) {
                    top = Math.max(top, accuracy(held, above, below));
                }
            }
        }
        // Of the blends as accurate as the best (within NEAR_BEST), the one that overrules the cue rules least.
        double bestAbove = 2.0;
        double bestBelow = -1.0;
        double best = rulesAccuracy;
        int fewest = 0;
        if (rulesAccuracy < top - NEAR_BEST) {
            fewest = Integer.MAX_VALUE;
            for (double above : APPEAL_ABOVE) {
                for (double below : NOISE_BELOW) {
                    double a = accuracy(held, above, below);
                    int overrules = overrules(held, above, below);
                    if (below < above && a >= top - NEAR_BEST && (overrules < fewest
                            || overrules == fewest && a > best + 1e-9)) {
                        best = a;
                        bestAbove = above;
                        bestBelow = below;
                        fewest = overrules;
                    }
                }
            }
        }
        double modelAccuracy = held.stream().filter(h -> (h.probability() >= 0.5) == h.seen().truth()).count()
                / (double) held.size();
        LinearClassifier model = TribuoLinearModels.train(seen.stream().map(Seen::row).toList());
        return new LearnedAppeal(model, bestAbove, bestBelow, new TrainingReport(seen.size(), 0, 2, modelAccuracy,
                rulesAccuracy, best, clock.instant(), millisSince(started)));
    }

    private static List<Held> crossValidate(List<Seen> seen) {
        return Folds.crossValidate(seen.size(), SEED, (training, test) -> {
            LinearClassifier model = TribuoLinearModels.train(training.stream().map(i -> seen.get(i).row()).toList());
            return test.stream().map(seen::get)
                    .map(s -> new Held(s, model.probability(s.row().features(), LearnedAppeal.APPEAL))).toList();
        });
    }

    /** The share judged right when the model overrules the rules above / below these probabilities. */
    private static double accuracy(List<Held> held, double above, double below) {
        int right = 0;
        for (Held h : held) {
            Triage.TrainingView rules = h.seen().rules();
            boolean verdict = rules.rulesSayAppeal();
            if (!rules.rulesDecideAlone()) {
                verdict = h.probability() >= above && !rules.clearlyNoise() || !(h.probability() <= below) && verdict;
            }
            right += verdict == h.seen().truth() ? 1 : 0;
        }
        return held.isEmpty() ? Double.NaN : right / (double) held.size();
    }

    /** How many held-out judgements the model turns against the rules with these thresholds. */
    private static int overrules(List<Held> held, double above, double below) {
        int changed = 0;
        for (Held h : held) {
            Triage.TrainingView rules = h.seen().rules();
            if (!rules.rulesDecideAlone()) {
                boolean verdict = h.probability() >= above && !rules.clearlyNoise()
                        || !(h.probability() <= below) && rules.rulesSayAppeal();
                changed += verdict != rules.rulesSayAppeal() ? 1 : 0;
            }
        }
        return changed;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
