package cn.xuanhua.bot.core.appeal;

import java.time.LocalDateTime;

/**
 * One line of an appeal's timeline as read back for people: when (local time in the bot's zone), what, who and the
 * note. {@code type} is the stored name, kept as text so that a line written by a newer version still shows.
 */
public record TimelineEntry(LocalDateTime at, String type, String actor, String note) {

    /** The Chinese label of the type, or the type itself when this version does not know it. */
    public String label() {
        try {
            return AppealEventType.valueOf(type).label();
        } catch (IllegalArgumentException unknown) {
            return type;
        }
    }
}
