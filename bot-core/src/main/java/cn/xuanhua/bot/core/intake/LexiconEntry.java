package cn.xuanhua.bot.core.intake;

/**
 * One row of the {@code intake_lexicon} table: a cue phrase that speaks for or against a message being an appeal.
 *
 * @param lexicon the cue's reason code, which says its side: {@code appeal.*} (e.g. {@code appeal.request})
 *                counts for an appeal, {@code noise.*} (e.g. {@code noise.thanks}) against, {@code neutral} counts
 *                for nothing and only hides the shorter cues inside it (优惠政策 hides the ad cue 优惠)
 * @param phrase  the words to find, matched after folding full-width forms and case
 * @param weight  how strongly the phrase speaks for its side
 */
public record LexiconEntry(String lexicon, String phrase, int weight) {

    public static final String APPEAL_PREFIX = "appeal.";
    public static final String NOISE_PREFIX = "noise.";
    public static final String NEUTRAL = "neutral";
}
