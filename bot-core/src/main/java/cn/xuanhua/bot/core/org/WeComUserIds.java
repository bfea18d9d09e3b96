package cn.xuanhua.bot.core.org;

import java.util.regex.Pattern;

/** What a WeCom userid looks like: 1–64 letters, digits, '_', '-', '.' or '@'. One rule for every place that takes one. */
public final class WeComUserIds {
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");

    private WeComUserIds() {
    }

    public static boolean isValid(String userId) {
        return userId != null && USER_ID.matcher(userId).matches();
    }

    /**
     * A userid as shown when no name is known: its first two characters and, for a long one, its last two, the
     * rest starred ({@code zhang.laoban} → {@code zh***an}): enough to tell two people apart, not to address one.
     */
    public static String masked(String userId) {
        if (userId.length() <= 2) {
            return "***";
        }
        return userId.substring(0, 2) + "***" + (userId.length() > 6 ? userId.substring(userId.length() - 2) : "");
    }
}
