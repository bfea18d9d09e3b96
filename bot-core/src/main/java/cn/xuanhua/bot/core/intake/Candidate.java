package cn.xuanhua.bot.core.intake;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A time expression one rule found, before the reader picks among them.
 *
 * @param start       first character of the expression
 * @param end         one past its last character
 * @param date        the day it names
 * @param time        the stated clock time, null for "the end of that day"
 * @param rule        short rule name
 * @param provisional computed on a year with no official arrangement
 * @param partHint    the part of the day a word like 今晚/明早 implies for a following bare hour
 */
record Candidate(int start, int end, LocalDate date, LocalTime time, String rule, boolean provisional,
                 DayPart partHint) {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    static Candidate ofDay(int start, int end, LocalDate date, String rule) {
        return new Candidate(start, end, date, null, rule, false, DayPart.NONE);
    }

    Candidate extendedTo(int newEnd, LocalTime clock) {
        return new Candidate(start, newEnd, date, clock, rule, provisional, partHint);
    }

    ZonedDateTime at(ZoneId zone) {
        return date.atTime(time == null ? END_OF_DAY : time).atZone(zone);
    }
}
