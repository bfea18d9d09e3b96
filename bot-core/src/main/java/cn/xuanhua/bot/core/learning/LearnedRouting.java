package cn.xuanhua.bot.core.learning;

import java.util.Optional;

/**
 * What the district's own history taught intake about who handles what: a department classifier, how far to
 * trust it next to the responsibility catalogue (chosen by cross-validation when it was trained, not by taste),
 * and the figures the console shows. Township offices are one label, {@code LOCAL}: the office of the group.
 *
 * @param classifier the model, null when none is trained (no history yet)
 * @param blend      when to believe the catalogue and when the model
 * @param report     how it was trained and how well it did
 */
public record LearnedRouting(LinearClassifier classifier, Blend blend, TrainingReport report) {

    /** The label of "the township office of the group the message came from". */
    public static final String LOCAL = "LOCAL";

    /** No model: the catalogue and the fallback decide alone. */
    public static final LearnedRouting NONE = new LearnedRouting(null, Blend.RULES_ONLY, TrainingReport.NONE);

    /** The model's best guess for these features, empty without a model. */
    public Optional<LinearClassifier.Guess> guess(Features features) {
        return classifier == null ? Optional.empty() : Optional.of(classifier.best(features));
    }

    /**
     * How the catalogue and the model are combined. The catalogue decides when its best matter scores at least
     * {@code trustedRuleScore} and leads the best matter of another owner by {@code trustedRuleMargin}; otherwise the
     * model decides when its probability is at least {@code trustedModelProbability}; otherwise the catalogue (or the
     * fallback when it found nothing).
     */
    public record Blend(int trustedRuleScore, int trustedRuleMargin, double trustedModelProbability) {
        /** The catalogue always decides. */
        public static final Blend RULES_ONLY = new Blend(0, 0, 2.0);

        /** Whether the catalogue is sure enough of this reading to decide without asking the model. */
        public boolean rulesDecideAlone(cn.xuanhua.bot.core.routing.CatalogueReading reading) {
            return reading.placed() && reading.score() >= trustedRuleScore
                    && reading.score() - reading.runnerUpScore() >= trustedRuleMargin;
        }
    }
}
