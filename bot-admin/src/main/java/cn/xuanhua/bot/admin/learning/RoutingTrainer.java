package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.intake.Triage;
import cn.xuanhua.bot.core.learning.LearnedRouting;
import cn.xuanhua.bot.core.learning.LinearClassifier;
import cn.xuanhua.bot.core.learning.TrainingReport;
import cn.xuanhua.bot.core.org.ChatGroup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains the routing model on labelled history and decides, by measurement, how far to trust it next to the
 * responsibility catalogue. Five-fold cross-validation gives every example a prediction from a model that never saw
 * it; every blend of a small grid (how sure the catalogue must be to decide alone, how sure the model must be to
 * overrule it) is scored on those predictions, and the centre of the best plateau is kept ({@link RoutingBlendChoice});
 * the catalogue alone and the model alone are scored the same way for the console. The model that is used is then
 * trained on everything. Every model here is trained by {@link LiblinearModels}.
 */
public final class RoutingTrainer {
    /** Below this there is nothing to learn from: the catalogue decides alone. */
    static final int MIN_EXAMPLES = 30;
    private static final long SEED = 7L;

    private final Clock clock;

    public RoutingTrainer(Clock clock) {
        this.clock = clock;
    }

    /** One example as training sees it: its features, the truth, and what the rules alone decide. */
    private record Seen(TrainingRow row, ChatGroup group, String truth, Triage.TrainingView rules) {
    }

    /** What the cross-validated model said of one example. */
    private record Held(Seen seen, String modelDepartment, double probability) {
    }

    public LearnedRouting train(List<LabelledExample> examples, Triage triage, Map<String, ChatGroup> groups) {
        long started = System.nanoTime();
        List<Seen> seen = new ArrayList<>(examples.size());
        int corrections = 0;
        for (LabelledExample e : examples) {
            if (!e.appeal() || e.departmentCode() == null) {
                continue;
            }
            ChatGroup group = groups.get(e.groupCode());
            Triage.TrainingView view = triage.trainingView(e.text(), group);
            seen.add(new Seen(new TrainingRow(view.features(),
                    triage.labelOf(e.departmentCode(), group, view.maskedText())), group,
                    e.departmentCode(), view));
            corrections += e.correction() ? 1 : 0;
        }
        long labels = seen.stream().map(s -> s.row().label()).distinct().count();
        if (seen.size() < MIN_EXAMPLES || labels < 2) {
            return new LearnedRouting(null, LearnedRouting.Blend.RULES_ONLY, new TrainingReport(seen.size(),
                    corrections, (int) labels, Double.NaN, Double.NaN, Double.NaN, clock.instant(), millisSince(started)));
        }
        List<Held> held = crossValidate(seen, triage);
        double rulesAccuracy = accuracy(held, LearnedRouting.Blend.RULES_ONLY);
        LearnedRouting.Blend best = RoutingBlendChoice.steadiest(blend -> accuracy(held, blend));
        double bestAccuracy = accuracy(held, best);
        if (!(bestAccuracy > rulesAccuracy)) {
            best = LearnedRouting.Blend.RULES_ONLY;
            bestAccuracy = rulesAccuracy;
        }
        double modelAccuracy = held.stream().filter(h -> h.modelDepartment().equals(h.seen().truth())).count()
                / (double) held.size();
        LinearClassifier model = LiblinearModels.train(seen.stream().map(Seen::row).toList());
        return new LearnedRouting(model, best, new TrainingReport(seen.size(), corrections, model.labelCount(),
                modelAccuracy, rulesAccuracy, bestAccuracy, clock.instant(), millisSince(started)));
    }

    /** Every example predicted by a model trained on the other folds. */
    private static List<Held> crossValidate(List<Seen> seen, Triage triage) {
        return Folds.crossValidate(seen.size(), SEED, (training, test) -> {
            List<TrainingRow> rows = training.stream().map(i -> seen.get(i).row()).toList();
            if (rows.stream().map(TrainingRow::label).distinct().count() < 2) {
                return List.<Held>of();
            }
            LinearClassifier model = LiblinearModels.train(rows);
            return test.stream().map(seen::get).map(s -> {
                LinearClassifier.Guess g = model.best(s.row().features());
                return new Held(s, triage.resolveLabel(g.label(), s.group(), s.rules().maskedText()), g.probability());
            }).toList();
        });
    }

    /** The share of examples a blend sends to the right unit. */
    private static double accuracy(List<Held> held, LearnedRouting.Blend blend) {
        int right = 0;
        for (Held h : held) {
            Triage.TrainingView rules = h.seen().rules();
            boolean rulesDecide = rules.placed() && rules.ruleScore() >= blend.trustedRuleScore()
                    && rules.ruleMargin() >= blend.trustedRuleMargin();
            String chosen = !rulesDecide && h.probability() >= blend.trustedModelProbability() ? h.modelDepartment()
                    : rules.rulesDepartment();
            right += chosen.equals(h.seen().truth()) ? 1 : 0;
        }
        return held.isEmpty() ? Double.NaN : right / (double) held.size();
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
