package cn.xuanhua.bot.core.outbound;

/**
 * The one escaping every string that came from a chat (appeal text, notes, names, words a person typed) goes through
 * before it is put into a markdown post or notice: WeCom's markdown would otherwise turn {@code [点我](http://…)} into
 * a live link, {@code <@all>} into a mention of everyone, {@code <font color=…>} into colour and a leading {@code #}
 * into a heading. Markup characters become their full-width look-alikes, which read the same and do nothing, and
 * {@code ://} is broken so that no address becomes a link. The bot's own markup around such strings is untouched, and
 * so are the stars of a masked number ({@code 138****5678}).
 */
public final class ChatText {

    private ChatText() {
    }

    /** {@code text} safe to place inside markdown; null becomes "". */
    public static String md(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '[' -> out.append('［');
                case ']' -> out.append('］');
                case '<' -> out.append('＜');
                case '>' -> out.append('＞');
                case '*' -> out.append(inMask(text, i) ? '*' : '＊');
                case '`' -> out.append('｀');
                case '#' -> out.append('＃');
                case '_' -> out.append('＿');
                case '~' -> out.append('～');
                case '|' -> out.append('｜');
                case ':' -> out.append(text.startsWith("//", i + 1) ? "：" : ":");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether the star at {@code i} belongs to a masked number ({@code 138****5678}): a run of stars with a digit
     * right before or right after it. The bot's own masks stay as they are; any other star is escaped.
     */
    private static boolean inMask(String text, int i) {
        int from = i;
        while (from > 0 && text.charAt(from - 1) == '*') {
            from--;
        }
        int to = i;
        while (to + 1 < text.length() && text.charAt(to + 1) == '*') {
            to++;
        }
        boolean digitBefore = from > 0 && Character.isDigit(text.charAt(from - 1));
        boolean digitAfter = to + 1 < text.length() && Character.isDigit(text.charAt(to + 1));
        return digitBefore && digitAfter;
    }
}
