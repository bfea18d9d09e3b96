package cn.xuanhua.bot.core.learning;

import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.routing.CatalogueReading;
import cn.xuanhua.bot.core.routing.CategoryMatch;
import cn.xuanhua.bot.core.text.TextFold;

import java.util.List;

/**
 * Turns a masked message and what the rules found in it into {@link Features}: its characters and their pairs and
 * triples (Chinese has no spaces, and short character n-grams carry most of the meaning: 停电, 营业执照 → 执照),
 * never across punctuation; digits folded to 0; plus, for routing, the catalogue's matters, owners and named
 * agencies, the keyword category, the kind of group and what the rules alone decided (so the model learns when
 * they are right); for appeal-or-not, every cue the rules found and how much each side weighed. Keys are hashes
 * ({@link FeatureKeys}): no strings are built. Pure and thread-safe.
 */
public final class IntakeFeatures {
    /** At most this many characters are read: an appeal's point is in its first lines. */
    static final int MAX_CHARS = 400;
    private static final long LEN_SHORT = FeatureKeys.of("len:short");
    private static final long LEN_MID = FeatureKeys.of("len:mid");
    private static final long LEN_LONG = FeatureKeys.of("len:long");
    private static final long QUESTION = FeatureKeys.of("question");
    private static final long APPEAL_WEIGHT = FeatureKeys.of("appeal-weight");
    private static final long NOISE_WEIGHT = FeatureKeys.of("noise-weight");
    private static final long TOPIC = FeatureKeys.of("topic");

    private IntakeFeatures() {
    }

    /**
     * The features of the routing model: which unit handles it. {@code rulesLabel} and {@code rulesSource} are what
     * the rules alone decided and how ({@code route.catalogue}, {@code route.township} ...).
     */
    public static Features of(Features ngrams, CatalogueReading catalogue, CategoryMatch category, ChatGroup group,
                              String rulesLabel, String rulesSource) {
        FeatureSet f = new FeatureSet();
        f.put(FeatureKeys.of("r:", rulesLabel), 1f);
        f.put(FeatureKeys.of("rs:", rulesSource), 1f);
        f.putAll(ngrams);
        for (CatalogueReading.Scored s : catalogue.matched()) {
            float v = Math.min(s.score(), 12) / 6f;
            f.putMax(FeatureKeys.of("m:", s.matter().code()), v);
            f.putMax(FeatureKeys.of("o:", s.matter().ownerCode()), v);
        }
        for (String agency : catalogue.agencies()) {
            f.put(FeatureKeys.of("a:", agency), 1f);
        }
        if (category != null && category.matched()) {
            f.put(FeatureKeys.of("c:", category.category().code()), Math.min(category.score(), 12) / 6f);
        }
        if (group != null) {
            f.put(FeatureKeys.of("g:", group.kind().name()), 1f);
            if (group.kind() == GroupKind.INDUSTRY && group.leadDepartmentCode() != null) {
                f.put(FeatureKeys.of("lead:", group.leadDepartmentCode()), 1f);
            }
        }
        return f.build();
    }

    /**
     * The features of the appeal-or-not model: the characters, every cue the rules found (appeal.request,
     * noise.thanks ...) and how much each side weighed, how strongly the text names a government matter, and the
     * shape of the message (a question, its length).
     */
    public static Features forAppeal(String masked, Features ngrams, List<String> cueReasons, int appealScore,
                                     int noiseScore, int topicScore) {
        String text = masked == null ? "" : masked;
        FeatureSet f = new FeatureSet();
        f.putAll(ngrams);
        for (String reason : cueReasons) {
            f.put(FeatureKeys.of("cue:", reason), 1f);
        }
        f.put(APPEAL_WEIGHT, Math.min(appealScore, 20) / 5f);
        f.put(NOISE_WEIGHT, Math.min(noiseScore, 20) / 5f);
        f.put(TOPIC, Math.min(topicScore, 16) / 6f);
        int length = text.strip().length();
        f.put(length < 8 ? LEN_SHORT : length < 30 ? LEN_MID : LEN_LONG, 1f);
        if (text.indexOf('?') >= 0 || text.indexOf('？') >= 0 || text.contains("吗")) {
            f.put(QUESTION, 1f);
        }
        return f.build();
    }

    /** The character n-grams of a (masked) text: computed once a message, shared by both models. */
    public static Features ngrams(String masked) {
        FeatureSet f = new FeatureSet();
        ngrams(masked == null ? "" : masked, f);
        return f.build();
    }

    private static void ngrams(String text, FeatureSet f) {
        int n = Math.min(text.length(), MAX_CHARS);
        char a = 0;
        char b = 0;
        for (int i = 0; i < n; i++) {
            char c = TextFold.fold(text.charAt(i));
            if (Character.isDigit(c)) {
                c = '0';
            }
            if (!Character.isLetterOrDigit(c)) {
                a = 0;
                b = 0;
                continue;
            }
            f.put(FeatureKeys.ngram(c, (char) 0, (char) 0), 1f);
            if (b != 0) {
                f.put(FeatureKeys.ngram(b, c, (char) 0), 1f);
                if (a != 0) {
                    f.put(FeatureKeys.ngram(a, b, c), 1f);
                }
            }
            a = b;
            b = c;
        }
    }
}
