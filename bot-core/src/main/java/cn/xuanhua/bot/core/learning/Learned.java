package cn.xuanhua.bot.core.learning;

/**
 * Everything intake learned from labelled history: who handles a message, whether it is an appeal at all, and
 * whether a writer with an open appeal raises a new matter or writes about the open one.
 *
 * @param routing   the department model and its blend with the catalogue
 * @param appeal    the appeal-or-not model and its blend with the cue rules
 * @param newMatter the new-matter-or-not judge for writers with an open appeal, and its blend with the act rules
 */
public record Learned(LearnedRouting routing, LearnedAppeal appeal, LearnedNewMatter newMatter) {
    /** Nothing learned yet: the rules decide alone. */
    public static final Learned NONE = new Learned(LearnedRouting.NONE, LearnedAppeal.NONE, LearnedNewMatter.NONE);

    /** Routing and appeal-or-not learned; the act rules alone tell a new matter from a follow-up. */
    public Learned(LearnedRouting routing, LearnedAppeal appeal) {
        this(routing, appeal, LearnedNewMatter.NONE);
    }
}
