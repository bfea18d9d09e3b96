package cn.xuanhua.bot.admin.learning;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AppealBlendChoiceTest {

    /** A message the rules call an appeal; the model gives it this probability. */
    private static AppealBlendChoice.Held rulesSayAppeal(boolean appeal, double probability) {
        return new AppealBlendChoice.Held(appeal, true, false, false, false, probability);
    }

    private static List<AppealBlendChoice.Held> times(int n, AppealBlendChoice.Held h) {
        return new ArrayList<>(java.util.Collections.nCopies(n, h));
    }

    @Test
    void amongBlendsAboutAsAccurateTheOneWithFewestFalseAppealsIsKept() {
        List<AppealBlendChoice.Held> held = new ArrayList<>();
        held.addAll(times(1990, rulesSayAppeal(true, 0.9)));
        held.addAll(times(2, rulesSayAppeal(false, 0.01)));
        held.addAll(times(3, rulesSayAppeal(false, 0.35)));
        held.addAll(times(4, rulesSayAppeal(true, 0.35)));
        held.addAll(times(1, rulesSayAppeal(false, 0.6)));
        // Vetoing below 0.05 is the most accurate (1996 of 2000 right) but lets 4 false appeals through; vetoing
        // below 0.4 gets 1995 right, within NEAR_BEST, with 1.

        AppealBlendChoice.Choice choice = AppealBlendChoice.choose(held);

        assertThat(choice.noiseBelow()).isEqualTo(0.4);
        assertThat(AppealBlendChoice.falseAppeals(held, choice.appealAbove(), choice.noiseBelow())).isEqualTo(1);
        assertThat(choice.accuracy()).isEqualTo(0.9975);
        assertThat(choice.rulesAccuracy()).isEqualTo(0.997);
        assertThat(AppealBlendChoice.accuracy(held, 2.0, 0.05)).isEqualTo(0.998);
    }

    @Test
    void aBlendMarkedlyLessAccurateIsNotKeptForFewerFalseAppeals() {
        List<AppealBlendChoice.Held> held = new ArrayList<>();
        held.addAll(times(90, rulesSayAppeal(true, 0.9)));
        held.addAll(times(5, rulesSayAppeal(true, 0.35)));
        held.addAll(times(1, rulesSayAppeal(false, 0.35)));
        held.addAll(times(4, rulesSayAppeal(false, 0.9)));

        AppealBlendChoice.Choice choice = AppealBlendChoice.choose(held);

        // Vetoing below 0.4 would drop one false appeal at the cost of five appeals: the rules stand.
        assertThat(choice.noiseBelow()).isLessThan(0.35);
        assertThat(choice.accuracy()).isEqualTo(0.95);
    }

    @Test
    void whatAVetoOrAConversationRuleDecidedOrAPlainRequestTheModelDoesNotOverrule() {
        AppealBlendChoice.Held vetoed = new AppealBlendChoice.Held(false, false, true, false, false, 0.99);
        assertThat(vetoed.verdict(0.5, -1.0)).isFalse();
        AppealBlendChoice.Held clearlyNoise = new AppealBlendChoice.Held(false, false, false, true, false, 0.99);
        assertThat(clearlyNoise.verdict(0.5, -1.0)).isFalse();
        assertThat(new AppealBlendChoice.Held(true, false, false, false, false, 0.99).verdict(0.5, -1.0)).isTrue();
        AppealBlendChoice.Held plainRequest = new AppealBlendChoice.Held(true, true, false, false, true, 0.01);
        assertThat(plainRequest.verdict(2.0, 0.5)).isTrue();
        assertThat(new AppealBlendChoice.Held(true, true, false, false, false, 0.01).verdict(2.0, 0.5)).isFalse();
    }
}
