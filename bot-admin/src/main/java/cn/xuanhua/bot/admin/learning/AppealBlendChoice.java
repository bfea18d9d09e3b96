package cn.xuanhua.bot.admin.learning;

import java.util.List;

/**
 * Chooses when the appeal-or-not model may overrule the cue rules: a threshold above which it makes an appeal and
 * one below which it makes none, scored on held-out (cross-validated) judgements. The most accurate blend wins,
 * except that among blends within {@link #NEAR_BEST} of it the one taking the fewest non-appeals for appeals is kept.
 */
final class AppealBlendChoice {
    static final double[] APPEAL_ABOVE = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 2.0};
    static final double[] NOISE_BELOW = {-1.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5};
    /**
     * How much less accurate than the best a blend may be and still be preferred for taking fewer messages that are
     * no appeal for appeals. Cross-validation runs on the corpora the cue rules were tuned on, which flatters the
     * rules: as they improved, blends that let the model veto less came out a hair ahead (95.5% against 95.4%) and
     * let more false appeals through on writers never seen (train-s 21 against 16, train-t 21 against 20, before
     * they joined sql/history). A false appeal is a public post and a department's wasted notice, and fresh writers'
     * recall has run above their precision in every measurement, so among blends within this margin the one with
     * the fewest false appeals is kept. Twice this margin cost writer D's held-out recall three points (94.0% to
     * 91.4%) for one false appeal fewer.
     */
    static final double NEAR_BEST = 0.001;

    /**
     * One held-out judgement: the truth, what the rules said (and whether a veto or conversation rule decided, the
     * noise cues clearly outweigh, or it is a plain request with nothing against it) and how sure the model was that
     * it is an appeal.
     */
    record Held(boolean appeal, boolean rulesSayAppeal, boolean rulesDecideAlone, boolean clearlyNoise,
                boolean plainRequest, double probability) implements ThresholdPairs.Judged {

        @Override
        public boolean truth() {
            return appeal;
        }

        /** Appeal or not with these thresholds: the rules' verdict unless the model is sure enough to overrule it. */
        @Override
        public boolean verdict(double above, double below) {
            if (rulesDecideAlone) {
                return rulesSayAppeal;
            }
            return probability >= above && !clearlyNoise || (plainRequest || !(probability <= below)) && rulesSayAppeal;
        }
    }

    /** The thresholds chosen and the held-out accuracy of the rules alone and of the blend. */
    record Choice(double appealAbove, double noiseBelow, double rulesAccuracy, double accuracy) {
    }

    private AppealBlendChoice() {
    }

    static Choice choose(List<Held> held) {
        ThresholdPairs.Choice c = ThresholdPairs.choose(held, APPEAL_ABOVE, NOISE_BELOW, NEAR_BEST);
        return new Choice(c.above(), c.below(), c.rulesAccuracy(), c.accuracy());
    }

    /** The share judged right with these thresholds. */
    static double accuracy(List<Held> held, double above, double below) {
        return ThresholdPairs.accuracy(held, above, below);
    }

    /** How many messages that are no appeal these thresholds take for one. */
    static int falseAppeals(List<Held> held, double above, double below) {
        return ThresholdPairs.falseYes(held, above, below);
    }
}
