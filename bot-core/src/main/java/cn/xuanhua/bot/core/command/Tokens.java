package cn.xuanhua.bot.core.command;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A message split at any kind of space (half-width, full-width U+3000, no-break). Tokens are read
 * half-width (NFKC: full-width digits, letters, / and # become ASCII) while the free text after them is kept
 * exactly as written, so notes reach the timeline unaltered.
 */
final class Tokens {
    private final String source;
    /** [start, end) of each token in {@link #source}. */
    private final List<int[]> spans = new ArrayList<>();

    private Tokens(String source) {
        this.source = source;
        int i = 0;
        while (i < source.length()) {
            while (i < source.length() && isSpace(source.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < source.length() && !isSpace(source.charAt(i))) {
                i++;
            }
            if (i > start) {
                spans.add(new int[] {start, i});
            }
        }
    }

    static Tokens of(String text) {
        return new Tokens(text);
    }

    int size() {
        return spans.size();
    }

    /** Token {@code i}, half-width, with dash look-alikes read as '-'; "" past the end. */
    String word(int i) {
        return i < size() ? normalize(source.substring(spans.get(i)[0], spans.get(i)[1])) : "";
    }

    /** The original text from token {@code i} to the end, trimmed; "" past the end. */
    String rest(int i) {
        return i < size() ? source.substring(spans.get(i)[0]).strip() : "";
    }

    /**
     * Cuts token {@code i} after its first {@code length} characters. Only used after command words and numbers,
     * whose characters NFKC maps one to one, so a length measured on {@link #word} holds in the original.
     */
    void split(int i, int length) {
        int[] span = spans.get(i);
        if (length > 0 && length < span[1] - span[0]) {
            spans.set(i, new int[] {span[0], span[0] + length});
            spans.add(i + 1, new int[] {span[0] + length, span[1]});
        }
    }

    /** Drops the first {@code length} characters of token {@code i}, and the token when nothing is left. */
    void dropStart(int i, int length) {
        int[] span = spans.get(i);
        if (span[0] + length >= span[1]) {
            spans.remove(i);
        } else {
            spans.set(i, new int[] {span[0] + length, span[1]});
        }
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\u2010-\u2015\u2212]", "-");
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
