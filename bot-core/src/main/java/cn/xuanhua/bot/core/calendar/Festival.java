package cn.xuanhua.bot.core.calendar;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The seven statutory festivals and the day each falls on in a given year, for any year: the lunar ones and
 * 清明 come from the lunar calendar library (only its astronomy, not its outdated holiday table).
 */
public enum Festival {
    元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆;

    /** Lunar conversions take milliseconds, and the reader asks for the same few years over and over. */
    private final Map<Integer, LocalDate> dates = new ConcurrentHashMap<>();

    /** The festival's own day in {@code year} (春节 = lunar 1/1, 端午 = 5/5, 中秋 = 8/15, 清明 = the solar term). */
    public LocalDate dateIn(int year) {
        return dates.computeIfAbsent(year, this::compute);
    }

    private LocalDate compute(int year) {
        return switch (this) {
            case 元旦 -> LocalDate.of(year, 1, 1);
            case 春节 -> lunar(year, 1, 1);
            case 清明 -> solar(Lunar.fromYmd(year, 1, 1).getJieQiTable().get("清明"));
            case 劳动节 -> LocalDate.of(year, 5, 1);
            case 端午 -> lunar(year, 5, 5);
            case 中秋 -> lunar(year, 8, 15);
            case 国庆 -> LocalDate.of(year, 10, 1);
        };
    }

    private static LocalDate lunar(int year, int month, int day) {
        return solar(Lunar.fromYmd(year, month, day).getSolar());
    }

    private static LocalDate solar(Solar s) {
        return LocalDate.of(s.getYear(), s.getMonth(), s.getDay());
    }
}
