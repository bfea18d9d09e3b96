package cn.xuanhua.bot.core.calendar;


import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The official days off and make-up working days, as stored (seeded from the State Council notices, extended by
 * the administrator when a new year's arrangement is published). Implemented by persistence.
 */
public interface CalendarArrangements {

    /** Every stored exception to the Monday–Friday week. */
    List<CalendarException> exceptions();

    /** The years whose official arrangement has been entered; other years are computed provisionally. */
    Set<Integer> arrangedYears();

    /** The stored exceptions within {@code year}, by date. */
    List<CalendarException> exceptionsIn(int year);

    /** Where {@code year}'s official arrangement came from; empty while the year is computed provisionally. */
    Optional<ArrangedYear> arrangement(int year);

    /**
     * Stores {@code year}'s official arrangement, all or nothing: every stored day of that year, and every stored
     * day that {@code days} brings from the edge of a neighbouring year (2022-12-31 under 2023's 元旦), gives way to
     * {@code days}, and the year is marked arranged from {@code source} at {@code importedAt}.
     */
    void replaceYear(int year, List<CalendarException> days, String source, LocalDateTime importedAt);
}
