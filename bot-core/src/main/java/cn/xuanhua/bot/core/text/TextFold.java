package cn.xuanhua.bot.core.text;

/**
 * Folds the spelling variants people type in a Chinese chat into one form before phrases are matched: full-width
 * ASCII (？, ＯＫ, １２) to half-width, the ideographic space to a space, Latin upper case to lower case.
 * Folding keeps every character in place (one char in, one char out), so positions stay comparable.
 */
public final class TextFold {

    private TextFold() {
    }

    /** The folded characters of {@code text}, a new array of the same length. */
    public static char[] fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return chars;
    }

    /** The folded form of a whole phrase, as dictionaries store it. */
    public static String foldPhrase(String phrase) {
        return new String(fold(phrase.trim()));
    }

    /** The folded form of one character. */
    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            return ' ';
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        return c;
    }
}
