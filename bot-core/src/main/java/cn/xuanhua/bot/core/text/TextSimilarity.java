package cn.xuanhua.bot.core.text;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two short Chinese texts are: the cosine of their character-pair counts, after folding and without
 * spaces, punctuation or emoji (Chinese has no word breaks; pairs of characters carry most of the meaning, so
 * "门口路灯坏了" and "路灯又坏了在门口" come out close and "路灯坏了" and "水管坏了" far apart). 1 for the same words,
 * 0 for nothing in common. Pure and thread-safe.
 */
public final class TextSimilarity {

    private TextSimilarity() {
    }

    /** The cosine similarity of the two texts' character pairs, in [0, 1]. */
    public static double of(String a, String b) {
        Map<Integer, Integer> x = pairs(a);
        Map<Integer, Integer> y = pairs(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        long dot = 0;
        for (Map.Entry<Integer, Integer> e : x.entrySet()) {
            Integer other = y.get(e.getKey());
            if (other != null) {
                dot += (long) e.getValue() * other;
            }
        }
        return dot / Math.sqrt((double) norm(x) * norm(y));
    }

    private static long norm(Map<Integer, Integer> v) {
        long sum = 0;
        for (int c : v.values()) {
            sum += (long) c * c;
        }
        return sum;
    }

    /** Each pair of neighbouring letters or digits, as one int: (first << 16) | second. */
    private static Map<Integer, Integer> pairs(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        if (text == null) {
            return counts;
        }
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = TextFold.fold(text.charAt(i));
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            if (previous != 0) {
                counts.merge((previous << 16) | c, 1, Integer::sum);
            }
            previous = c;
        }
        return counts;
    }
}
