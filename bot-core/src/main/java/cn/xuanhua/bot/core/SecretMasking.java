package cn.xuanhua.bot.core;

import java.util.regex.Pattern;

/**
 * Removes credentials from any text on its way to a log: webhook keys, access tokens, app secrets, passwords,
 * whether they appear as URL parameters ({@code ?key=...}) or JSON fields. WxJava logs whole request URLs on
 * errors; this keeps its lines, and ours, free of secrets (the log converters use it), and cleans WeCom's error
 * texts before they are stored as an outbox message's last error.
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
