package cn.xuanhua.bot.core.intake;

import java.util.List;

/**
 * The cue phrases ({@link LexiconEntry}) as the console lists and edits them, lexicon by lexicon, each with the id
 * that removes it. Implemented by persistence.
 */
public interface Lexicons {

    /** A stored phrase of the lexicon asked for. */
    record Entry(long id, String phrase, int weight) {
    }

    /** The names of the lexicons that have phrases ({@code appeal.request}, {@code noise.thanks}...), sorted. */
    List<String> names();

    /** The phrases of one lexicon, sorted. */
    List<Entry> phrasesOf(String lexicon);

    /**
     * Stores a phrase the caller has checked.
     *
     * @return false when its lexicon already has that phrase, which then stays as it was
     */
    boolean add(LexiconEntry phrase);

    /** Removes a phrase; answers what it was, empty when there was none with that id. */
    java.util.Optional<LexiconEntry> remove(long id);
}
