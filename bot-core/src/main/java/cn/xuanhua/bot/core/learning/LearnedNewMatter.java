package cn.xuanhua.bot.core.learning;

/**
 * A learned judge of one question the act rules answer worst: a business owner with an appeal still open writes
 * again; do the words raise a new matter, which needs an appeal of its own and its own unit, or are they about the
 * open one (a detail, an urging, a question after it, a report that it is done)? Read on the pair: the message and
 * the open appeal (docs/intake.md, "The learned judge of a new matter"). It overrules the rules only when it is at
 * least {@code newAbove} sure of a new matter, or at most {@code aboutBelow}; both thresholds were chosen on
 * cross-validated judgements when it was trained.
 *
 * @param classifier labels {@value #NEW} and {@value #NOT_NEW}; null when none is trained
 * @param newAbove   probability of a new matter from which the judge makes the message an appeal of its own
 * @param aboutBelow probability below which the judge takes an appeal the rules made for words about the open one
 * @param report     how it was trained and how well it did
 */
public record LearnedNewMatter(LinearClassifier classifier, double newAbove, double aboutBelow, TrainingReport report) {
    public static final String NEW = "new";
    public static final String NOT_NEW = "not-new";

    /** No judge: the act rules decide alone. */
    public static final LearnedNewMatter NONE = new LearnedNewMatter(null, 2.0, -1.0, TrainingReport.NONE);

    /**
     * Whether the message raises a new matter: the judge's verdict when it is sure enough, else the rules'.
     *
     * @param tied whether the message shares a word of the open appeal's matter or opens on it: without a tie the
     *             judge may not take what the rules made an appeal for words about the open one
     */
    public boolean judge(Features features, boolean rulesSayNew, boolean tied) {
        if (classifier == null) {
            return rulesSayNew;
        }
        return verdict(classifier.probability(features, NEW), newAbove, aboutBelow, rulesSayNew, tied);
    }

    /**
     * The verdict for a probability {@code p} of a new matter under the thresholds {@code newAbove} and
     * {@code aboutBelow}: one rule for judging and for choosing the thresholds in training.
     */
    public static boolean verdict(double p, double newAbove, double aboutBelow, boolean rulesSayNew, boolean tied) {
        return p >= newAbove || (!(p <= aboutBelow) || !tied) && rulesSayNew;
    }
}
