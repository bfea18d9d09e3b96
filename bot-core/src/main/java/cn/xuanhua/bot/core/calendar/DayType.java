package cn.xuanhua.bot.core.calendar;

/** How a stored calendar exception departs from the normal Monday–Friday week. */
public enum DayType {
    /** A statutory day off (usually a weekday, sometimes listed on a weekend for completeness). */
    OFF,
    /** A weekend day that is a working day (调休 make-up day). */
    WORK
}
