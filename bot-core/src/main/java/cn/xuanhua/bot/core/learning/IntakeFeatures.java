package cn.xuanhua.bot.core.learning;

import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.routing.CatalogueReading;
import cn.xuanhua.bot.core.routing.CategoryMatch;
import cn.xuanhua.bot.core.text.TextFold;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a masked message and what the rules found in it into {@link Features}: its characters and their pairs and
 * triples (Chinese has no spaces, and short character n-grams carry most of the meaning: 停电, 营业执照 → 执照),
 * never across punctuation; digits folded to 0; plus the catalogue's matters, owners and named agencies, the
 * keyword category, and the kind of group. The rules' findings as features let the model learn when to believe
 * them. Pure and thread-safe.
 */
public final class IntakeFeatures {
    /** At most this many characters are read: an appeal's point is in its first lines. */
    static final int MAX_CHARS = 400;

    private IntakeFeatures() {
    }

    /**
     * The features of the routing model: which unit handles it. {@code rulesLabel} and {@code rulesSource} are what
     * the rules alone decided and how ({@code route.catalogue}, {@code route.township} ...), so the model learns
     * when they are right.
     */
    public static Features of(String masked, CatalogueReading catalogue, CategoryMatch category, ChatGroup group,
                              String rulesLabel, String rulesSource) {
        Map<String, Float> f = new LinkedHashMap<>(128);
        f.put("r:" + rulesLabel, 1f);
        f.put("rs:" + rulesSource, 1f);
        ngrams(masked == null ? "" : masked, f);
        for (CatalogueReading.Scored s : catalogue.matched()) {
            float v = Math.min(s.score(), 12) / 6f;
            f.merge("m:" + s.matter().code(), v, Math::max);
            f.merge("o:" + s.matter().ownerCode(), v, Math::max);
        }
        for (String agency : catalogue.agencies()) {
            f.put("a:" + agency, 1f);
        }
        if (category != null && category.matched()) {
            f.put("c:" + category.category().code(), Math.min(category.score(), 12) / 6f);
        }
        if (group != null) {
            f.put("g:" + group.kind(), 1f);
            if (group.kind() == GroupKind.INDUSTRY && group.leadDepartmentCode() != null) {
                f.put("lead:" + group.leadDepartmentCode(), 1f);
            }
        }
        return features(f);
    }

    /**
     * The features of the appeal-or-not model: the characters, every cue the rules found (appeal.request,
     * noise.thanks ...) and how much each side weighed, how strongly the text names a government matter, and the
     * shape of the message (a question, digits, length).
     */
    public static Features forAppeal(String masked, List<String> cueReasons, int appealScore, int noiseScore,
                                     int topicScore) {
        String text = masked == null ? "" : masked;
        Map<String, Float> f = new LinkedHashMap<>(128);
        ngrams(text, f);
        for (String reason : cueReasons) {
            f.put("cue:" + reason, 1f);
        }
        f.put("appeal-weight", Math.min(appealScore, 20) / 5f);
        f.put("noise-weight", Math.min(noiseScore, 20) / 5f);
        f.put("topic", Math.min(topicScore, 16) / 6f);
        int length = text.strip().length();
        f.put(length < 8 ? "len:short" : length < 30 ? "len:mid" : "len:long", 1f);
        if (text.indexOf('?') >= 0 || text.indexOf('？') >= 0 || text.contains("吗")) {
            f.put("question", 1f);
        }
        return features(f);
    }

    private static Features features(Map<String, Float> f) {
        String[] names = new String[f.size()];
        float[] values = new float[f.size()];
        int i = 0;
        for (Map.Entry<String, Float> e : f.entrySet()) {
            names[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new Features(names, values);
    }

    private static void ngrams(String text, Map<String, Float> f) {
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
            f.put("1:" + c, 1f);
            if (b != 0) {
                f.put("2:" + b + c, 1f);
                if (a != 0) {
                    f.put("3:" + a + b + c, 1f);
                }
            }
            a = b;
            b = c;
        }
    }
}
