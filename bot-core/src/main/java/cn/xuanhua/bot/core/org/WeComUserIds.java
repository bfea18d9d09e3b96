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
}
