package cn.xuanhua.bot.core.intake;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A deadline the sender stated in the text ("下周五前", "明天上午10点", "十五个工作日内").
 *
 * @param at          the deadline in Asia/Shanghai: 23:59:59 of the day when no clock time was stated, else the
 *                    stated minute
 * @param timeOfDay   true when a clock time (or an hour count) was stated, so {@code at} is that minute
 * @param phrase      the text the deadline was read from, as the sender wrote it
 * @param rule        the short name of the rule that read it, e.g. "weekday.next", "festival.before"
 * @param provisional true when it was computed on a year whose official holiday arrangement is not known yet
 */
public record StatedDeadline(ZonedDateTime at, boolean timeOfDay, String phrase, String rule, boolean provisional) {
    public StatedDeadline {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(rule, "rule");
    }
}
