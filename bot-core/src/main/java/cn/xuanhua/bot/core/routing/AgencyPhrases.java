package cn.xuanhua.bot.core.routing;

import java.util.List;

/**
 * The ways people name a unit ({@link Agency}) as the console lists and edits them, each with the id that removes
 * it. Implemented by persistence.
 */
public interface AgencyPhrases {

    /** A stored phrase and the unit (or {@link Matter#LOCAL}) it names. */
    record Entry(long id, String phrase, String departmentCode) {
    }

    /** Every phrase, by unit and then by phrase. */
    List<Entry> all();

    /**
     * Stores a phrase the caller has checked.
     *
     * @return false when the phrase is already stored (for any unit), which then stays as it was
     */
    boolean add(Agency agency);

    void remove(long id);

    /** Makes the stored phrases exactly {@code agencies} (checked, phrases unique). The caller runs it in one transaction. */
    void replaceAll(List<Agency> agencies);
}
