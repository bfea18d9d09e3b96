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

    /**
     * 承办 as a chat reads it: the department once, then the person who handles it. Staff names are often written
     * with their department in front ("南关街道·刘敏"); that part is not repeated. Markdown-escaped.
     *
     * @param personName the handler's name, null for none (not accepted yet, or a console administrator, whom a
     *                   business only ever sees as the department)
     */
    public static String handlingParty(String department, String personName) {
        String person = withoutDepartment(personName, department);
        return ChatText.md(person == null ? department : department + " " + person);
    }

    /** A person's name without a leading department name and its separator; null when nothing else is left. */
    public static String withoutDepartment(String personName, String department) {
        if (personName == null) {
            return null;
        }
        String name = personName.strip();
        if (department != null && !department.isEmpty() && name.startsWith(department)) {
            name = name.substring(department.length()).replaceFirst("^[\\s\u3000·・•:：\\-—]+", "");
        }
        return name.isEmpty() ? null : name;
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
