package cn.xuanhua.bot.core.learning;

import java.time.Instant;

/**
 * How a learned model was trained and how well it did, for the console (/rules) and the log. Accuracies are
 * cross-validated: each example is judged by a model that never saw it.
 *
 * @param examples       labelled messages it learned from
 * @param corrections    of which corrections by the district (appeals that ended at another unit after 转办 / 改派)
 * @param labels         how many answers it can give
 * @param modelAccuracy  the model alone
 * @param rulesAccuracy  the rules alone, on the same examples
 * @param blendAccuracy  the blend of both that is used
 * @param trainedAt      when
 * @param trainingMillis how long training and cross-validation took
 */
public record TrainingReport(int examples, int corrections, int labels, double modelAccuracy, double rulesAccuracy,
                             double blendAccuracy, Instant trainedAt, long trainingMillis) {

    /** Not trained. */
    public static final TrainingReport NONE = new TrainingReport(0, 0, 0, Double.NaN, Double.NaN, Double.NaN, null, 0);
}
