package cn.xuanhua.bot.core.learning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A trained multinomial linear model (logistic regression), kept as plain arrays so that predicting costs a few
 * hash look-ups and additions per feature: intake runs on every message. Training happens elsewhere (a learning
 * library); this class only holds the weights it produced.
 */
public final class LinearClassifier {
    private final String[] labels;
    private final Map<String, Integer> featureIds;
    /** weights[feature * labels + label]. */
    private final float[] weights;
    private final float[] biases;

    /**
     * @param labels     the labels, in the order of the weight columns
     * @param featureIds each known feature's row
     * @param weights    row-major: {@code weights[feature * labels.size() + label]}
     * @param biases     one per label
     */
    public LinearClassifier(List<String> labels, Map<String, Integer> featureIds, float[] weights, float[] biases) {
        this.labels = labels.toArray(String[]::new);
        this.featureIds = new HashMap<>(featureIds);
        this.weights = Objects.requireNonNull(weights).clone();
        this.biases = Objects.requireNonNull(biases).clone();
        if (biases.length != this.labels.length || weights.length != featureIds.size() * this.labels.length) {
            throw new IllegalArgumentException("weights do not fit " + this.labels.length + " labels and "
                    + featureIds.size() + " features");
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
        String[] names = features.names();
        float[] values = features.values();
        for (int i = 0; i < names.length; i++) {
            Integer row = featureIds.get(names[i]);
            if (row == null) {
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
        return featureIds.size();
    }

    /** A label and the model's probability for it. */
    public record Guess(String label, double probability) {
    }
}
