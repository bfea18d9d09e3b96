package cn.xuanhua.bot.core.calendar;


import java.util.List;
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
}
