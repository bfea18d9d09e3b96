package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.learning.Features;
import cn.xuanhua.bot.core.learning.LinearClassifier;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the routing model and the judge of a new matter with liblinear (BSD; the Java port of LIBLINEAR): a logistic
 * regression per unit against the rest (for the judge's two labels, one), L2-regularised, solved to convergence by
 * dual coordinate descent, and hands back its weights as a
 * {@link LinearClassifier}, which takes the softmax of the units' scores as the model's certainty (the blend's
 * thresholds are chosen on those same numbers by cross-validation, so they need not be calibrated).
 * <p>
 * Until 2026-11-29 the routing model was trained like the appeal model, by Tribuo's SGD (four passes of AdaGrad, no
 * regularisation). Held out over the training writers this moved units right from 90.0% to 91.3% strict (94.9% to
 * 96.1% acceptable), on every blind set together from 2,375 to 2,407 of 2,675 appeals, and it trains in two thirds
 * of the time (docs/intake.md, "Learned models"). The judge of a new matter followed on 2026-11-29: as good held out
 * on the sets it trains on, fewer wrong judgements on every blind set it never saw (docs/intake.md, "The judge of a new
 * matter"). Same data, same model: the solver's random order comes from a
 * fixed seed that belongs to each training, so parallel trainings do not disturb each other.
 */
final class LiblinearModels {
    /**
     * The inverse of the regularisation's strength. Held out (2026-11-29, primal solver): 0.3 → 91.2% strict,
     * 1 → 91.4%, 4 → 91.5%: a plateau, and 1 is liblinear's own default in the middle of it.
     */
    static final double COST = 1.0;
    /** The dual solver's stopping tolerance: liblinear's default for this solver. */
    private static final double TOLERANCE = 0.1;
    private static final long SEED = 20261129L;

    static {
        // liblinear prints each solver iteration to stdout unless told not to
        Linear.disableDebugOutput();
    }

    private LiblinearModels() {
    }

    static LinearClassifier train(List<TrainingRow> rows) {
        FeatureIndex index = new FeatureIndex();
        Map<String, Integer> labelIds = new LinkedHashMap<>();
        Feature[][] x = new Feature[rows.size()][];
        double[] y = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            x[r] = index.nodesOf(rows.get(r).features());
            y[r] = labelIds.computeIfAbsent(rows.get(r).label(), label -> labelIds.size());
        }
        int biasColumn = index.size() + 1;
        for (int r = 0; r < x.length; r++) {
            x[r] = withBias(x[r], biasColumn);
        }
        Problem problem = new Problem();
        problem.l = rows.size();
        problem.n = biasColumn;
        problem.x = x;
        problem.y = y;
        problem.bias = 1;
        Parameter parameter = new Parameter(SolverType.L2R_LR_DUAL, COST, TOLERANCE);
        parameter.setRandom(new Random(SEED));
        return weightsOf(Linear.train(problem, parameter), new ArrayList<>(labelIds.keySet()), index.keys());
    }

    /**
     * liblinear keeps [features + bias] × classes; each weight is read where it lies ({@code getDecfunCoef}), not
     * through {@code getFeatureWeights()}, which copies the whole matrix: for the routing model (some hundred thousand
     * n-grams × 54 units) that copy alone is a few hundred MiB at the peak of training. With two classes liblinear
     * keeps one weight vector, for the first of its labels (the second's coefficient is its negation); halved, the
     * softmax of the two scores is exactly the logistic probability of that vector.
     */
    private static LinearClassifier weightsOf(Model model, List<String> labelNames, long[] featureKeys) {
        int[] classIds = model.getLabels();
        int classes = classIds.length;
        double scale = classes == 2 ? 0.5 : 1.0;
        List<String> labels = new ArrayList<>(classes);
        for (int classId : classIds) {
            labels.add(labelNames.get(classId));
        }
        float[] weights = new float[featureKeys.length * classes];
        for (int row = 0; row < featureKeys.length; row++) {
            for (int j = 0; j < classes; j++) {
                weights[row * classes + j] = (float) (scale * model.getDecfunCoef(row + 1, j));
            }
        }
        float[] biases = new float[classes];
        for (int j = 0; j < classes; j++) {
            biases[j] = (float) (scale * model.getDecfunBias(j));
        }
        return new LinearClassifier(labels, featureKeys, weights, biases);
    }

    private static Feature[] withBias(Feature[] nodes, int biasColumn) {
        Feature[] all = Arrays.copyOf(nodes, nodes.length + 1);
        all[nodes.length] = new FeatureNode(biasColumn, 1);
        return all;
    }

    /** Gives each feature key a column (liblinear numbers them from 1), in the order first seen. */
    private static final class FeatureIndex {
        private final Map<Long, Integer> columns = new HashMap<>();
        private final List<Long> keys = new ArrayList<>();

        Feature[] nodesOf(Features features) {
            Feature[] nodes = new Feature[features.size()];
            for (int i = 0; i < nodes.length; i++) {
                long key = features.keys()[i];
                int column = columns.computeIfAbsent(key, k -> {
                    keys.add(k);
                    return keys.size();
                });
                nodes[i] = new FeatureNode(column, features.values()[i]);
            }
            Arrays.sort(nodes, Comparator.comparingInt(Feature::getIndex));
            return nodes;
        }

        int size() {
            return keys.size();
        }

        long[] keys() {
            return keys.stream().mapToLong(Long::longValue).toArray();
        }
    }
}
