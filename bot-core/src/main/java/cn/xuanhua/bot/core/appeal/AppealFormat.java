package cn.xuanhua.bot.core.appeal;

import cn.xuanhua.bot.core.outbound.ChatText;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** How appeals are written in chats: one place, so posts, answers and escalations read alike. */
public final class AppealFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final int EXCERPT = 40;

    private AppealFormat() {
    }

    /** A date-time as people read it in a chat, e.g. {@code 11月30日 18:00}. */
    public static String time(ZonedDateTime at) {
        return at == null ? "-" : at.format(TIME);
    }

    /**
     * The first characters of a text on one line, for a post that names an appeal; escaped for markdown
     * ({@link ChatText}), since the text came from a chat.
     */
    public static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return ChatText.md(oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "…");
    }
}
