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
 * @param movedForward the words could name a past day and were read as the next one ("8月1日" said on 8/4 is
 *                     next year's, bare "周一" said on Friday is next week's, "春节前" the coming festival's);
 *                     such a day followed by "…了" is more likely a report than a deadline
 */
record Candidate(int start, int end, LocalDate date, LocalTime time, String rule, boolean provisional,
                 DayPart partHint, boolean movedForward) {

    Candidate(int start, int end, LocalDate date, LocalTime time, String rule, boolean provisional, DayPart partHint) {
        this(start, end, date, time, rule, provisional, partHint, false);
    }

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    static Candidate ofDay(int start, int end, LocalDate date, String rule) {
        return new Candidate(start, end, date, null, rule, false, DayPart.NONE);
    }

    Candidate extendedTo(int newEnd, LocalTime clock) {
        return new Candidate(start, newEnd, date, clock, rule, provisional, partHint, movedForward);
    }

    Candidate movedForward(boolean moved) {
        return new Candidate(start, end, date, time, rule, provisional, partHint, moved);
    }

    ZonedDateTime at(ZoneId zone) {
        return date.atTime(time == null ? END_OF_DAY : time).atZone(zone);
    }
}
