package cn.xuanhua.bot.admin.learning;

import java.util.ArrayList;
import java.util.List;

/**
 * The grid both yes-or-no judges are blended on: a threshold above which the model says yes against the rules and
 * one below which it says no, each pair scored on held-out (cross-validated) judgements. The most accurate pair
 * wins, except that among pairs within {@code nearBest} of it the one saying yes wrongly the fewest times is kept
 * (a false appeal is a public post). The grid holds the rules alone (above 2.0, below -1.0), so they compete on the
 * same terms.
 */
final class ThresholdPairs {

    /** One held-out judgement: the truth, and the verdict a pair of thresholds gives. */
    interface Judged {
        boolean truth();

        boolean verdict(double above, double below);
    }

    /** The pair chosen and the held-out accuracy of the rules alone and of the pair. */
    record Choice(double above, double below, double rulesAccuracy, double accuracy) {
    }

    private record Scored(double above, double below, double accuracy, int falseYes) {
    }

    private ThresholdPairs() {
    }

    static Choice choose(List<? extends Judged> held, double[] aboves, double[] belows, double nearBest) {
        List<Scored> grid = new ArrayList<>();
        for (double above : aboves) {
            for (double below : belows) {
                if (below < above) {
                    grid.add(new Scored(above, below, accuracy(held, above, below), falseYes(held, above, below)));
                }
            }
        }
        double top = grid.stream().mapToDouble(Scored::accuracy).max().orElse(Double.NaN);
        Scored best = null;
        for (Scored s : grid) {
            if (s.accuracy() >= top - nearBest && (best == null || s.falseYes() < best.falseYes()
                    || s.falseYes() == best.falseYes() && s.accuracy() > best.accuracy() + 1e-9)) {
                best = s;
            }
        }
        double rulesAccuracy = accuracy(held, 2.0, -1.0);
        return best == null ? new Choice(2.0, -1.0, rulesAccuracy, Double.NaN)
                : new Choice(best.above(), best.below(), rulesAccuracy, best.accuracy());
    }

    /**
     * The pair at the centre of the best neighbourhood of the grid (one step either way on each axis, itself included,
     * pairs with {@code below >= above} left out): the single best pair of a grid whose pairs score within an example
     * of each other moves with any small change of the training; a plateau stays put.
     */
    static Choice steadiest(List<? extends Judged> held, double[] aboves, double[] belows) {
        double[][] acc = new double[aboves.length][belows.length];
        for (int i = 0; i < aboves.length; i++) {
            for (int j = 0; j < belows.length; j++) {
                acc[i][j] = belows[j] < aboves[i] ? accuracy(held, aboves[i], belows[j]) : Double.NaN;
            }
        }
        int bi = -1;
        int bj = -1;
        double bestMean = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < aboves.length; i++) {
            for (int j = 0; j < belows.length; j++) {
                if (Double.isNaN(acc[i][j])) {
                    continue;
                }
                double mean = neighbourhoodMean(acc, i, j);
                if (mean > bestMean + 1e-9) {
                    bestMean = mean;
                    bi = i;
                    bj = j;
                }
            }
        }
        double rulesAccuracy = accuracy(held, 2.0, -1.0);
        return bi < 0 ? new Choice(2.0, -1.0, rulesAccuracy, Double.NaN)
                : new Choice(aboves[bi], belows[bj], rulesAccuracy, acc[bi][bj]);
    }

    /** The mean accuracy of the pairs one step either way of (i, j), itself included, pairs off the grid left out. */
    private static double neighbourhoodMean(double[][] acc, int i, int j) {
        double sum = 0;
        int n = 0;
        for (int a = Math.max(0, i - 1); a <= Math.min(acc.length - 1, i + 1); a++) {
            for (int b = Math.max(0, j - 1); b <= Math.min(acc[a].length - 1, j + 1); b++) {
                if (!Double.isNaN(acc[a][b])) {
                    sum += acc[a][b];
                    n++;
                }
            }
        }
        return sum / n;
    }

    /** The share judged right with these thresholds. */
    static double accuracy(List<? extends Judged> held, double above, double below) {
        int right = 0;
        for (Judged h : held) {
            right += h.verdict(above, below) == h.truth() ? 1 : 0;
        }
        return held.isEmpty() ? Double.NaN : right / (double) held.size();
    }

    /** How many held-out judgements these thresholds answer yes that are no. */
    static int falseYes(List<? extends Judged> held, double above, double below) {
        int wrong = 0;
        for (Judged h : held) {
            wrong += !h.truth() && h.verdict(above, below) ? 1 : 0;
        }
        return wrong;
    }
}
