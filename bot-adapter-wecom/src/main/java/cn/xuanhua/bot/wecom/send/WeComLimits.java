package cn.xuanhua.bot.wecom.send;

import java.nio.charset.StandardCharsets;

/** WeCom's size limits on message content, applied by cutting at a character boundary and marking the cut. */
final class WeComLimits {
    static final int TEXT_BYTES = 2048;
    static final int MARKDOWN_BYTES = 4096;
    private static final String CUT_MARK = "…";

    private WeComLimits() {
    }

    /** {@code text} if it fits in {@code maxBytes} of UTF-8, else its longest prefix that fits, plus "…". */
    static String fit(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int budget = maxBytes - CUT_MARK.getBytes(StandardCharsets.UTF_8).length;
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > budget) {
                break;
            }
            bytes += len;
            i += Character.charCount(cp);
        }
        return text.substring(0, i) + CUT_MARK;
    }
}
