package cn.xuanhua.bot.core.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How alike two short Chinese texts are: the cosine of their character-pair counts, after folding and without
 * spaces, punctuation or emoji (Chinese has no word breaks; pairs of characters carry most of the meaning, so
 * "门口路灯坏了" and "路灯又坏了在门口" come out close and "路灯坏了" and "水管坏了" far apart). 1 for the same words,
 * 0 for nothing in common. Pure and thread-safe.
 */
public final class TextSimilarity {

    /** Characters of grammar rather than of a matter: a pair holding one ("的路", "门了") names nothing. */
    private static final String GRAMMAR = "的了是在我们你他她它这那个有没不就都也还又吗呢吧啊说要给让把被和跟与到去来上下里";

    /** Words every request may hold, whatever its matter: who is asked and how. */
    private static final Pattern REQUEST_WORDS = Pattern.compile(
            "麻烦|处理|解决|帮忙|帮助|尽快|赶紧|一下|街道|社区|乡镇|政府|部门|有关|相关|领导|希望|请求|反映|问题|管管|"
                    + "看看|谢谢|找人|来人|没人管|没人|一直|现在|已经");

    /**
     * A township named ("洋河南镇 …", "李家堡乡,"): it says where, not what (two problems of one township are two
     * appeals), and its name alone gives three pairs (洋河, 河南, 南镇).
     */
    private static final Pattern TOWNSHIP = Pattern.compile("\\p{IsHan}{2,3}(镇|乡)(?=[\\s,，。:：]|$)");

    private TextSimilarity() {
    }

    /**
     * How many different pairs of neighbouring Chinese characters of {@code a}, neither of them a grammar character
     * (的, 了, 我们, 那个...), also stand side by side in {@code b}: the words of a matter both texts name (the words
     * of asking and a township named left out).
     * "路灯电费一共3260块" and "村里路灯从店里接电，电费两年未还" share 路灯 and 电费: 2.
     */
    public static int sharedMatterPairs(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        Set<Integer> inB = new HashSet<>(matterPairs(b));
        Set<Integer> shared = new HashSet<>();
        for (int pair : matterPairs(a)) {
            if (inB.contains(pair)) {
                shared.add(pair);
            }
        }
        return shared.size();
    }

    private static Set<Integer> matterPairs(String raw) {
        // The words of asking (麻烦街道处理一下) and the township name no matter: two complaints that both end so, or
        // both open with 洋河南镇, are not one.
        String text = REQUEST_WORDS.matcher(TOWNSHIP.matcher(raw).replaceAll(" ")).replaceAll(" ");
        Set<Integer> pairs = new HashSet<>();
        for (int i = 1; i < text.length(); i++) {
            char first = text.charAt(i - 1);
            char second = text.charAt(i);
            if (isMatterCharacter(first) && isMatterCharacter(second)) {
                pairs.add((first << 16) | second);
            }
        }
        return pairs;
    }

    private static boolean isMatterCharacter(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && GRAMMAR.indexOf(c) < 0;
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
