package cn.xuanhua.bot.admin.learning;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NewMatterBlendChoiceTest {

    /** {@code n} held-out judgements alike. */
    private static List<NewMatterBlendChoice.Held> times(int n, boolean truth, boolean rules, boolean alone, double p) {
        List<NewMatterBlendChoice.Held> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new NewMatterBlendChoice.Held(truth, rules, alone, true, p));
        }
        return out;
    }

    @Test
    void aJudgeSureAndRightWhereTheRulesMissOverrulesThem() {
        List<NewMatterBlendChoice.Held> held = new ArrayList<>();
        held.addAll(times(60, true, false, false, 0.97));   // new problems the rules took for follow-ups
        held.addAll(times(100, true, true, false, 0.9));
        held.addAll(times(100, false, false, false, 0.05));
        held.addAll(times(20, false, true, false, 0.08));   // follow-ups the rules took for new problems
        NewMatterBlendChoice.Choice choice = NewMatterBlendChoice.choose(held);
        assertThat(choice.rulesAccuracy()).isEqualTo(200 / 280.0);
        assertThat(choice.accuracy()).isEqualTo(1.0);
        assertThat(choice.newAbove()).isLessThanOrEqualTo(0.95);
        assertThat(choice.aboutBelow()).isGreaterThanOrEqualTo(0.08);
    }

    @Test
    void aJudgeThatKnowsNothingLeavesTheRulesAlone() {
        List<NewMatterBlendChoice.Held> held = new ArrayList<>();
        held.addAll(times(80, true, true, false, 0.6));
        held.addAll(times(20, true, false, false, 0.6));
        held.addAll(times(90, false, false, false, 0.6));
        held.addAll(times(10, false, true, false, 0.6));
        NewMatterBlendChoice.Choice choice = NewMatterBlendChoice.choose(held);
        assertThat(choice.accuracy()).isEqualTo(choice.rulesAccuracy());
        assertThat(held.stream().filter(h -> h.verdict(choice.newAbove(), choice.aboutBelow()) != h.rulesSayNew()))
                .isEmpty();
    }

    @Test
    void aMessageNamingItsAppealByNumberIsTheRulesWhateverTheJudgeSays() {
        NewMatterBlendChoice.Held named = new NewMatterBlendChoice.Held(true, false, true, true, 0.99);
        assertThat(named.verdict(0.5, -1.0)).isFalse();
    }

    @Test
    void anAppealSharingNothingWithTheOpenOneIsNotTakenForItsFollowUp() {
        assertThat(new NewMatterBlendChoice.Held(true, true, false, false, 0.01).verdict(0.95, 0.5)).isTrue();
        assertThat(new NewMatterBlendChoice.Held(false, true, false, true, 0.01).verdict(0.95, 0.5)).isFalse();
    }
}
