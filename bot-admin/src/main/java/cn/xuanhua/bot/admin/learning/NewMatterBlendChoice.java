package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.learning.LearnedNewMatter;

import java.util.List;

/**
 * Chooses when the judge of a new matter may overrule the act rules: a threshold above which it makes a message an
 * appeal of its own and one below which it takes an appeal for words about the open one, scored on held-out
 * (cross-validated) judgements. Both mistakes cost: a new problem taken for a 补充 never reaches its unit; a 补充
 * taken for a new problem is a public post and a second appeal. The pair kept is the centre of the grid's best
 * neighbourhood ({@link ThresholdPairs#steadiest}): until 2026-11-29 it was the single most accurate pair (among those
 * within 0.2 points of it, the one making the fewest false appeals), and a change of a few training examples, such as
 * one routing rule, moved it to another pair a hair apart and dozens of judgements with it (docs/intake.md, "The judge
 * of a new matter").
 */
final class NewMatterBlendChoice {
    static final double[] NEW_ABOVE = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 2.0};
    static final double[] ABOUT_BELOW = {-1.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5};

    /**
     * One held-out judgement: the truth, what the rules said, whether they decide alone, whether the message is tied
     * to the open appeal (only then may the judge take an appeal for words about it), the model's probability.
     */
    record Held(boolean newMatter, boolean rulesSayNew, boolean rulesAlone, boolean tied, double probability)
            implements ThresholdPairs.Judged {

        @Override
        public boolean truth() {
            return newMatter;
        }

        @Override
        public boolean verdict(double above, double below) {
            if (rulesAlone) {
                return rulesSayNew;
            }
            return LearnedNewMatter.verdict(probability, above, below, rulesSayNew, tied);
        }
    }

    /** The thresholds chosen and the held-out accuracy of the rules alone and of the blend. */
    record Choice(double newAbove, double aboutBelow, double rulesAccuracy, double accuracy) {
    }

    private NewMatterBlendChoice() {
    }

    static Choice choose(List<Held> held) {
        ThresholdPairs.Choice c = ThresholdPairs.steadiest(held, NEW_ABOVE, ABOUT_BELOW);
        return new Choice(c.above(), c.below(), c.rulesAccuracy(), c.accuracy());
    }
}
