package cn.xuanhua.bot.core.learning;

import java.util.List;
import java.util.Objects;

/**
 * A trained multinomial linear model (logistic regression), kept as plain arrays so that predicting costs a few
 * hash look-ups and additions per feature: intake runs on every message. Training happens elsewhere (a learning
 * library); this class only holds the weights it produced.
 */
public final class LinearClassifier {
    private final String[] labels;
    private final KeyIndex featureRows;
    private final int featureCount;
    /** weights[feature * labels + label]. */
    private final float[] weights;
    private final float[] biases;

    /**
     * @param labels      the labels, in the order of the weight columns
     * @param featureKeys each known feature's key ({@link FeatureKeys}), in row order
     * @param weights     row-major: {@code weights[row * labels.size() + label]}
     * @param biases      one per label
     */
    public LinearClassifier(List<String> labels, long[] featureKeys, float[] weights, float[] biases) {
        this.labels = labels.toArray(String[]::new);
        this.featureRows = new KeyIndex(featureKeys);
        this.featureCount = featureKeys.length;
        this.weights = Objects.requireNonNull(weights).clone();
        this.biases = Objects.requireNonNull(biases).clone();
        if (biases.length != this.labels.length || weights.length != featureKeys.length * this.labels.length) {
            throw new IllegalArgumentException("weights do not fit " + this.labels.length + " labels and "
                    + featureKeys.length + " features");
        }
    }

    /** The most likely label and its probability (softmax over the scores). */
    public Guess best(Features features) {
        double[] scores = scores(features);
        int best = 0;
        for (int j = 1; j < scores.length; j++) {
            if (scores[j] > scores[best]) {
                best = j;
            }
        }
        return new Guess(labels[best], softmax(scores, best));
    }

    /** The probability of {@code label} (0 when the model does not know it). */
    public double probability(Features features, String label) {
        for (int j = 0; j < labels.length; j++) {
            if (labels[j].equals(label)) {
                return softmax(scores(features), j);
            }
        }
        return 0;
    }

    private static double softmax(double[] scores, int of) {
        double max = scores[0];
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (double s : scores) {
            sum += Math.exp(s - max);
        }
        return Math.exp(scores[of] - max) / sum;
    }

    private double[] scores(Features features) {
        int k = labels.length;
        double[] scores = new double[k];
        for (int j = 0; j < k; j++) {
            scores[j] = biases[j];
        }
        long[] keys = features.keys();
        float[] values = features.values();
        for (int i = 0; i < keys.length; i++) {
            int row = featureRows.row(keys[i]);
            if (row < 0) {
                continue;
            }
            int base = row * k;
            float v = values[i];
            for (int j = 0; j < k; j++) {
                scores[j] += weights[base + j] * v;
            }
        }
        return scores;
    }

    public int labelCount() {
        return labels.length;
    }

    public int featureCount() {
        return featureCount;
    }

    /** A label and the model's probability for it. */
    public record Guess(String label, double probability) {
    }
}
