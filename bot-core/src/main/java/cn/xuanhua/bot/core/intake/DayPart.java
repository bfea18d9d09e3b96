package cn.xuanhua.bot.core.intake;

/** The part of the day a word names; decides whether "8点" is 08:00 or 20:00. */
enum DayPart {
    NONE, MORNING, NOON, AFTERNOON, EVENING
}
