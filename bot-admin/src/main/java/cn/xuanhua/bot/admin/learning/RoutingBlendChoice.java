package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.learning.LearnedRouting;

import java.util.function.ToDoubleFunction;

/**
 * Which blend of catalogue and model routing to keep, from the cross-validated accuracy of each blend of a small grid:
 * how sure the catalogue must be to decide alone (its score and its margin over the runner-up) and how sure the model
 * must be to overrule it.
 * <p>
 * Blends far apart in the grid often score within an example or two of each other, so the single best point jumped
 * with any small change of the catalogue or the history, and a point that wins by one example is as likely luck as
 * skill. The blend kept is the one whose neighbourhood (one step either way on each axis, itself included) does best
 * on average: a plateau, which stays put when one example changes (docs/intake.md, "Learned models").
 */
final class RoutingBlendChoice {
    static final int[] RULE_SCORES = {0, 4, 6, 8, 10, 12, 1000};
    static final int[] RULE_MARGINS = {0, 2, 4, 6};
    static final double[] MODEL_PROBABILITIES = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2.0};

    private RoutingBlendChoice() {
    }

    /** The blend at the centre of the best neighbourhood; on a tie, the first in grid order. */
    static LearnedRouting.Blend steadiest(ToDoubleFunction<LearnedRouting.Blend> accuracy) {
        double[][][] grid = new double[RULE_SCORES.length][RULE_MARGINS.length][MODEL_PROBABILITIES.length];
        for (int i = 0; i < RULE_SCORES.length; i++) {
            for (int j = 0; j < RULE_MARGINS.length; j++) {
                for (int k = 0; k < MODEL_PROBABILITIES.length; k++) {
                    grid[i][j][k] = accuracy.applyAsDouble(blendAt(i, j, k));
                }
            }
        }
        int[] best = {0, 0, 0};
        double bestMean = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < RULE_SCORES.length; i++) {
            for (int j = 0; j < RULE_MARGINS.length; j++) {
                for (int k = 0; k < MODEL_PROBABILITIES.length; k++) {
                    double mean = neighbourhoodMean(grid, i, j, k);
                    if (mean > bestMean + 1e-9) {
                        bestMean = mean;
                        best = new int[] {i, j, k};
                    }
                }
            }
        }
        return blendAt(best[0], best[1], best[2]);
    }

    private static double neighbourhoodMean(double[][][] grid, int i, int j, int k) {
        double sum = 0;
        int n = 0;
        for (int a = Math.max(0, i - 1); a <= Math.min(RULE_SCORES.length - 1, i + 1); a++) {
            for (int b = Math.max(0, j - 1); b <= Math.min(RULE_MARGINS.length - 1, j + 1); b++) {
                for (int c = Math.max(0, k - 1); c <= Math.min(MODEL_PROBABILITIES.length - 1, k + 1); c++) {
                    sum += grid[a][b][c];
                    n++;
                }
            }
        }
        return sum / n;
    }

    private static LearnedRouting.Blend blendAt(int score, int margin, int probability) {
        return new LearnedRouting.Blend(RULE_SCORES[score], RULE_MARGINS[margin], MODEL_PROBABILITIES[probability]);
    }
}
