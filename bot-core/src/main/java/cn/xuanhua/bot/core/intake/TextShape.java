package cn.xuanhua.bot.core.intake;

/**
 * What a message is made of, before its words are read. Messages without at least two letters or ideographs
 * carry no request, whatever their digits, emoji or punctuation. WeChat's text emoji ({@code [强]},
 * {@code [抱拳]}) and media placeholders ({@code [图片]}) count as emoji, not as words.
 */
enum TextShape {
    TEXT(null),
    EMPTY("noise.empty"),
    EMOJI_ONLY("noise.emoji-only"),
    DIGITS_ONLY("noise.digits-only"),
    PUNCTUATION_ONLY("noise.punctuation-only"),
    TOO_SHORT("noise.too-short");

    /** The longest bracketed token taken for a text emoji such as [捂脸哭]. */
    private static final int MAX_EMOJI_CODE = 6;

    private final String reason;

    TextShape(String reason) {
        this.reason = reason;
    }

    /** The reason code for a message of this shape; null for {@link #TEXT}. */
    String reason() {
        return reason;
    }

    static TextShape of(String text) {
        int letters = 0;
        int digits = 0;
        int emoji = 0;
        int other = 0;
        int i = 0;
        while (i < text.length() && letters < 2) {
            int cp = text.codePointAt(i);
            int emojiEnd = cp == '[' ? textEmojiEnd(text, i) : -1;
            if (emojiEnd > 0) {
                emoji++;
                i = emojiEnd;
                continue;
            }
            if (Character.isLetter(cp)) {
                letters++;
            } else if (Character.isDigit(cp)) {
                digits++;
            } else if (isEmojiPart(cp)) {
                emoji++;
            } else if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                other++;
            }
            i += Character.charCount(cp);
        }
        return shape(letters, digits, emoji, other);
    }

    private static TextShape shape(int letters, int digits, int emoji, int other) {
        if (letters >= 2) {
            return TEXT;
        }
        if (letters == 1) {
            return TOO_SHORT;
        }
        if (emoji > 0) {
            return EMOJI_ONLY;
        }
        if (digits > 0) {
            return DIGITS_ONLY;
        }
        return other > 0 ? PUNCTUATION_ONLY : EMPTY;
    }

    /** Pictographs, their modifiers, variation selectors and joiners. */
    private static boolean isEmojiPart(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL
                || type == Character.NON_SPACING_MARK || type == Character.FORMAT
                || type == Character.ENCLOSING_MARK;
    }

    /** The index after a WeChat text emoji starting at {@code open}, or -1 if the bracket starts none. */
    private static int textEmojiEnd(String text, int open) {
        int limit = Math.min(text.length(), open + MAX_EMOJI_CODE + 2);
        for (int j = open + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == ']') {
                return j > open + 1 ? j + 1 : -1;
            }
            if (c == '[' || Character.isWhitespace(c)) {
                return -1;
            }
        }
        return -1;
    }
}
