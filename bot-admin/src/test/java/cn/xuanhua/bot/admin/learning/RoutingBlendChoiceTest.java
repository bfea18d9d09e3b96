package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.learning.LearnedRouting;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingBlendChoiceTest {

    @Test
    void aPlateauIsKeptOverALoneSpikeThatScoresOneExampleMore() {
        // Every blend trusting the model above 0.7 or 0.8 or 0.9, with the catalogue never deciding alone, is right
        // on 900 of 1000; one blend far from them (catalogue decides from score 4, model above 0.2) on 901, with
        // worse blends all round it.
        LearnedRouting.Blend chosen = RoutingBlendChoice.steadiest(b -> {
            if (b.trustedRuleScore() == 4 && b.trustedRuleMargin() == 0 && b.trustedModelProbability() == 0.2) {
                return 0.901;
            }
            if (b.trustedRuleScore() >= 10 && b.trustedModelProbability() >= 0.7
                    && b.trustedModelProbability() <= 0.9) {
                return 0.900;
            }
            return 0.850;
        });

        // The middle of the plateau: its neighbours all right on 900 (the spike's neighbours average far less).
        assertThat(chosen.trustedRuleScore()).isGreaterThanOrEqualTo(10);
        assertThat(chosen.trustedModelProbability()).isEqualTo(0.8);
    }

    @Test
    void onAFlatGridTheFirstBlendIsKept() {
        LearnedRouting.Blend chosen = RoutingBlendChoice.steadiest(b -> 0.5);

        assertThat(chosen).isEqualTo(new LearnedRouting.Blend(0, 0, 0.2));
    }
}
