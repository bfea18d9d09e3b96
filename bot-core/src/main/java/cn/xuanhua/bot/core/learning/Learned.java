package cn.xuanhua.bot.core.learning;

/**
 * Everything intake learned from labelled history: who handles a message, and whether it is an appeal at all.
 *
 * @param routing the department model and its blend with the catalogue
 * @param appeal  the appeal-or-not model and its blend with the cue rules
 */
public record Learned(LearnedRouting routing, LearnedAppeal appeal) {
    /** Nothing learned yet: the rules decide alone. */
    public static final Learned NONE = new Learned(LearnedRouting.NONE, LearnedAppeal.NONE);
}
