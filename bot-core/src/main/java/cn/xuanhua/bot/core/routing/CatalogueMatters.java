package cn.xuanhua.bot.core.routing;

import java.util.List;
import java.util.Optional;

/**
 * The matters of the responsibility catalogue as the administrator reads and edits them on the console, in the
 * catalogue's order (intake reads them as {@link Matter}s through
 * {@link cn.xuanhua.bot.core.intake.IntakeDictionarySource}). Implemented by persistence.
 */
public interface CatalogueMatters {

    /**
     * A matter as written on the console: the word lists in its notation ({@link MatterTerms}: commas, a term's
     * weight after a colon), as stored, so that the form shows what was saved.
     *
     * @param outsideTownshipCode for a {@link Matter#LOCAL} matter, the owner outside township groups (may be null)
     * @param needs               null when the matter needs no other word
     * @param unlessWords         null when no word excludes it
     * @param note                the administrator's note, may be null
     */
    record Entry(String code, String name, String categoryCode, String ownerCode, String outsideTownshipCode,
                 String terms, String needs, String unlessWords, String note) {

        /** The matter as intake reads it, its word lists parsed. */
        public Matter toMatter() {
            return new Matter(code, name, categoryCode, ownerCode, outsideTownshipCode, MatterTerms.terms(terms),
                    MatterTerms.words(needs), MatterTerms.words(unlessWords));
        }
    }

    /** The matters whose code, name, owner or terms contain {@code query}, or all of them when it is blank. */
    List<Entry> find(String query);

    Optional<Entry> byCode(String code);

    /**
     * Changes the matter with the entry's code, or adds it at the end of the catalogue when there is none.
     *
     * @return false when a matter of that code was added meanwhile, which then stays as it was
     */
    boolean save(Entry matter);

    void delete(String code);

    /**
     * Every matter in catalogue order, read with row locks held to the end of the caller's transaction: two whole
     * catalogue changes (imports) made at once then run one after the other, the second seeing the first's result.
     */
    List<Entry> lockAll();

    /**
     * Makes the catalogue exactly {@code matters}, in their order (the order breaks ties between matters): a matter
     * of a code not among them is deleted, the others are changed or added. The caller runs it in one transaction.
     */
    void replaceAll(List<Entry> matters);
}
