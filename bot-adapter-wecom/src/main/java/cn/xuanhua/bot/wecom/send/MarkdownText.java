package cn.xuanhua.bot.wecom.send;

/** Turns the bot's simple markdown into plain text for channels that show no markdown (customer groups). */
final class MarkdownText {
    private MarkdownText() {
    }

    static String plain(String markdown) {
        return markdown
                .replaceAll("<font[^>]*>", "").replace("</font>", "")
                .replace("**", "")
                .replaceAll("(?m)^#+\\s*", "")
                .replaceAll("(?m)^>\\s?", "");
    }
}
