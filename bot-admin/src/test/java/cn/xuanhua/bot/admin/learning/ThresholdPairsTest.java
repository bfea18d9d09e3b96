package cn.xuanhua.bot.admin.learning;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntBiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** How a pair of thresholds is chosen from held-out judgements (docs/intake.md, "The judge of a new matter"). */
class ThresholdPairsTest {
    private static final double[] ABOVE = {0.5, 0.6, 0.7, 0.8, 0.9};
    private static final double[] BELOW = {-1.0, 0.1, 0.2, 0.3};

    /** 100 judgements, all true; a pair of thresholds gets the first {@code rightOf(above, below)} of them right. */
    private static List<ThresholdPairs.Judged> judgedRight(ToIntBiFunction<Double, Double> rightOf) {
        List<ThresholdPairs.Judged> held = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int index = i;
            held.add(new ThresholdPairs.Judged() {
                @Override
                public boolean truth() {
                    return true;
                }

                @Override
                public boolean verdict(double above, double below) {
                    return index < rightOf.applyAsInt(above, below);
                }
            });
        }
        return held;
    }

    @Test
    void theSteadiestPairIsTheCentreOfAPlateauNotALoneBestPoint() {
        // A lone pair best by two judgements among poor neighbours, and a plateau of pairs nearly as good: the lone best
        // moves with any small change of the training, the plateau does not.
        List<ThresholdPairs.Judged> held = judgedRight((above, below) -> {
            if (above == 0.9 && below == -1.0) {
                return 90;
            }
            boolean plateau = above >= 0.6 && above <= 0.8 && below >= 0.1;
            return plateau ? 88 : 70;
        });
        ThresholdPairs.Choice steadiest = ThresholdPairs.steadiest(held, ABOVE, BELOW);
        assertThat(steadiest.above()).isEqualTo(0.7);
        assertThat(steadiest.below()).isEqualTo(0.2);
        assertThat(steadiest.accuracy()).isEqualTo(0.88);
        assertThat(ThresholdPairs.choose(held, ABOVE, BELOW, 0.0).above()).isEqualTo(0.9);
    }

    @Test
    void pairsWhoseLowerThresholdIsNotBelowTheUpperAreNoCandidates() {
        double[] above = {0.5, 0.6};
        double[] below = {0.4, 0.5, 0.6};
        // (0.5, 0.5), (0.5, 0.6) and (0.6, 0.6) would score best if they counted.
        List<ThresholdPairs.Judged> held = judgedRight((a, b) -> b >= a ? 100 : a == 0.6 && b == 0.4 ? 80 : 60);
        ThresholdPairs.Choice c = ThresholdPairs.steadiest(held, above, below);
        assertThat(c.below()).isLessThan(c.above());
    }
}
