package cn.xuanhua.bot.core.calendar;

import java.time.LocalDateTime;

/**
 * A year whose official arrangement has been entered.
 *
 * @param source     where it came from (the seed, or the console import and who made it)
 * @param importedAt when it was entered, local time in the bot's zone
 */
public record ArrangedYear(int year, String source, LocalDateTime importedAt) {
}
