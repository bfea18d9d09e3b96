package cn.xuanhua.bot.core.learning;

/**
 * A learned judge of "appeal or not" for owners' messages the vetoes and the conversation rules left open, and how
 * far to trust it: it overrules the cue rules only when it is at least {@code appealAbove} sure of an appeal or at
 * most {@code noiseBelow} (both chosen by cross-validation when it was trained).
 *
 * @param classifier labels {@value #APPEAL} and {@value #NOT_APPEAL}; null when none is trained
 * @param appealAbove probability of an appeal from which the model makes one
 * @param noiseBelow  probability of an appeal below which the model rules one out
 * @param report      how it was trained and how well it did
 */
public record LearnedAppeal(LinearClassifier classifier, double appealAbove, double noiseBelow, TrainingReport report) {
    public static final String APPEAL = "appeal";
    public static final String NOT_APPEAL = "not";

    /** No model: the cue rules decide alone. */
    public static final LearnedAppeal NONE = new LearnedAppeal(null, 2.0, -1.0, TrainingReport.NONE);

    /**
     * The verdict on a message the rules judged {@code rulesSay}: the model's when it is sure enough, else the
     * rules'.
     */
    public boolean judge(Features features, boolean rulesSay) {
        if (classifier == null) {
            return rulesSay;
        }
        double p = classifier.probability(features, APPEAL);
        if (p >= appealAbove) {
            return true;
        }
        return !(p <= noiseBelow) && rulesSay;
    }
}
