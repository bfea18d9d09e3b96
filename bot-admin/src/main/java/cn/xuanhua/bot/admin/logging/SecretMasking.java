package cn.xuanhua.bot.admin.logging;

import java.util.regex.Pattern;

/**
 * Removes credentials from any text on its way to a log: webhook keys, access tokens, app secrets, passwords,
 * whether they appear as URL parameters ({@code ?key=...}) or JSON fields. WxJava logs whole request URLs on
 * errors; this is what keeps its lines, and ours, free of secrets.
 */
public final class SecretMasking {
    private static final Pattern URL_PARAMETER = Pattern.compile(
            "(?i)\\b(key|access_token|corpsecret|secret|token|password|encoding_?aes_?key|aes_key)=([^&\\s\"'<>]+)");
    private static final Pattern JSON_FIELD = Pattern.compile(
            "(?i)\"(key|access_token|accessToken|corpsecret|secret|token|password|webhookKey|aesKey|response_url)\"\\s*:\\s*\"[^\"]*\"");

    private SecretMasking() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = URL_PARAMETER.matcher(text).replaceAll("$1=***");
        return JSON_FIELD.matcher(masked).replaceAll("\"$1\":\"***\"");
    }
}
