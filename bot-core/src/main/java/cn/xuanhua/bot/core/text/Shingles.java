package cn.xuanhua.bot.core.text;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The character-pair shingles of a short Chinese text, the measure 并单 compares complaints by (docs/intake.md,
 * "并单"). Chinese has no word breaks, and in a one-line complaint a pair of neighbouring characters carries most of
 * the meaning (停电, 井盖, 路灯), so a text is reduced to the set of its pairs after:
 * <ul>
 *   <li>folding spelling variants and the everyday synonyms and slips of one problem (没电, 断电 → 停电; 路登 → 路灯),</li>
 *   <li>blanking the place names ({@link Places}: where is compared apart, and 南关街 must not make two different
 *       problems alike),</li>
 *   <li>blanking the words any request holds (麻烦, 尽快, 处理一下) and dropping pairs with a grammar character
 *       (的, 了, 我们).</li>
 * </ul>
 * Two texts are then compared by the overlap of their sets (shared pairs over the smaller set), which suits a short
 * message next to a longer one about the same thing. The set is what the appeal stores ({@link #encode}), so a
 * look-up compares stored signatures and never re-reads old texts. Pure and thread-safe.
 */
public final class Shingles {

    private static final String GRAMMAR = "的了是在我们你他她它这那个有没不就都也还又吗呢吧啊呀哦嘛说要给让把被和跟与到去来上下里着过得地很太好";

    private static final Pattern REQUEST_WORDS = Pattern.compile(
            "麻烦|处理|解决|帮忙|帮助|尽快|赶紧|赶快|一下|社区|乡镇|政府|部门|有关|相关|领导|希望|请求|反映|问题|管管|"
                    + "看看|谢谢|找人|来人|没人管|没人|一直|现在|已经|怎么回事|什么时候|啥时候|怎么办|咋办|谁管|"
                    + "还是|好几天|这两天|今天|昨天|早上|晚上|中午|下午|上午|刚才|附近|这边|那边|这片|这一片|门口|"
                    + "诉求助手|同反映|同问|也是|一样");

    /** One problem in the words owners use for it: the first of each pair is replaced by the second. */
    private static final Map<String, String> SAME_PROBLEM = Map.ofEntries(
            Map.entry("没电", "停电"), Map.entry("断电", "停电"), Map.entry("来电", "停电"), Map.entry("跳闸", "停电"),
            Map.entry("停了电", "停电"), Map.entry("没水", "停水"), Map.entry("断水", "停水"), Map.entry("来水", "停水"),
            Map.entry("停了水", "停水"), Map.entry("没气", "停气"), Map.entry("断气", "停气"), Map.entry("燃气停", "停气"),
            Map.entry("没燃气", "停气"), Map.entry("天然气", "燃气"), Map.entry("暖器", "暖气"), Map.entry("供暖", "暖气"),
            Map.entry("路登", "路灯"), Map.entry("井盖子", "井盖"), Map.entry("窨井", "井盖"), Map.entry("下水井", "下水道"),
            Map.entry("断网", "网断"), Map.entry("没网", "网断"), Map.entry("宽带断", "网断"));

    private static final Pattern SYNONYMS = Pattern.compile(String.join("|",
            SAME_PROBLEM.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()));

    private final int[] pairs;

    private Shingles(int[] sortedDistinctPairs) {
        this.pairs = sortedDistinctPairs;
    }

    /** The shingles of a message. */
    public static Shingles of(String text) {
        return of(text, java.util.Set.of());
    }

    /**
     * The shingles of a message written where {@code localNames} go without saying (the township of a township's
     * group: 洋河南 in 洋河南镇's group says nothing about the problem), so they are blanked too.
     */
    public static Shingles of(String text, java.util.Set<String> localNames) {
        if (text == null || text.isBlank()) {
            return new Shingles(new int[0]);
        }
        String folded = new String(TextFold.fold(text));
        folded = SYNONYMS.matcher(folded).replaceAll(m -> SAME_PROBLEM.get(m.group()));
        folded = Places.blank(folded);
        for (String name : localNames) {
            folded = folded.replace(name, " ");
        }
        folded = REQUEST_WORDS.matcher(folded).replaceAll(" ");
        TreeSet<Integer> set = new TreeSet<>();
        for (int i = 1; i < folded.length(); i++) {
            char first = folded.charAt(i - 1);
            char second = folded.charAt(i);
            if (isMatterCharacter(first) && isMatterCharacter(second)) {
                set.add((first << 16) | second);
            }
        }
        return new Shingles(set.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Shingles as stored by {@link #encode}; an empty or null string is the empty set. */
    public static Shingles decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return new Shingles(new int[0]);
        }
        int[] out = new int[stored.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (stored.charAt(2 * i) << 16) | stored.charAt(2 * i + 1);
        }
        Arrays.sort(out);
        return new Shingles(out);
    }

    /** The pairs themselves, one after the other ("停电冰柜"): readable in the database, two characters a pair. */
    public String encode() {
        StringBuilder s = new StringBuilder(pairs.length * 2);
        for (int p : pairs) {
            s.append((char) (p >>> 16)).append((char) (p & 0xFFFF));
        }
        return s.toString();
    }

    public int size() {
        return pairs.length;
    }

    /** Pairs both sets hold. */
    public int shared(Shingles other) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < pairs.length && j < other.pairs.length) {
            if (pairs[i] == other.pairs[j]) {
                n++;
                i++;
                j++;
            } else if (pairs[i] < other.pairs[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Shared pairs over the smaller set, in [0, 1]; 0 when either is empty. */
    public double overlap(Shingles other) {
        int smaller = Math.min(size(), other.size());
        return smaller == 0 ? 0 : (double) shared(other) / smaller;
    }

    /** Shared pairs over all distinct pairs (Jaccard), in [0, 1]; 0 when either is empty. */
    public double jaccard(Shingles other) {
        int shared = shared(other);
        int union = size() + other.size() - shared;
        return size() == 0 || other.size() == 0 ? 0 : (double) shared / union;
    }

    private static boolean isMatterCharacter(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && GRAMMAR.indexOf(c) < 0;
    }

    @Override
    public String toString() {
        return encode();
    }
}
