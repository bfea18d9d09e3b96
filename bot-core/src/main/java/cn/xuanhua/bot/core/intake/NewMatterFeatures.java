package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.learning.FeatureKeys;
import cn.xuanhua.bot.core.learning.FeatureSet;
import cn.xuanhua.bot.core.learning.Features;
import cn.xuanhua.bot.core.routing.CatalogueReading;
import cn.xuanhua.bot.core.routing.Matter;
import cn.xuanhua.bot.core.text.TextSimilarity;

import java.util.HashSet;
import java.util.Set;

/**
 * What the judge of a new matter ({@code LearnedNewMatter}) reads of a message beside the writer's open appeal: the
 * message's words (character n-grams), what the rules made of it (act, reasons, cue weights), and how it stands to
 * the open appeal: how alike the two texts are, how many of the message's word pairs the open appeal does not have,
 * whether the catalogue places both in the same matter or under the same owner, whether the message turns to
 * another matter (另外, …好了 但是) or opens on the open one (暖气那个…), and the same of the words after that
 * opening. No single one of these separates a new problem from a follow-up (docs/intake.md); weighed together on
 * labelled pairs they do better. Pure; the caller computes the readings once.
 */
final class NewMatterFeatures {
    private static final long SIMILARITY = FeatureKeys.of("nm:similarity");
    private static final long NOVEL = FeatureKeys.of("nm:novel");
    private static final long REST_NOVEL = FeatureKeys.of("nm:rest-novel");
    private static final long APPEAL_WEIGHT = FeatureKeys.of("nm:appeal-weight");
    private static final long NOISE_WEIGHT = FeatureKeys.of("nm:noise-weight");

    private NewMatterFeatures() {
    }

    /**
     * @param masked     the message, masked
     * @param ngrams     its character n-grams
     * @param c          its appeal/noise classification (as intake used it)
     * @param rules      the act the rules read
     * @param reading    the catalogue's reading of the message
     * @param routed     the unit the rules route the message to
     * @param open       the open appeal it is judged beside
     * @param openText   its masked text ("" when none)
     * @param openMatter the catalogue's clear matter of the open appeal (null when none)
     * @param turn       the turn to another matter found in it, null when none
     * @param restAt     where the words after a turn or an opening clause on the open appeal begin; -1 when none
     * @param rest       the catalogue's reading of those words (NONE when none)
     * @param restAppeal whether those words are an appeal read on their own
     * @param opensOnIt  whether the message opens on the open appeal's matter (暖气那个…)
     */
    static Features of(String masked, Features ngrams, Classification c, ActReading rules, CatalogueReading reading,
                       String routed, SenderContext.OpenAppeal open, String openText, Matter openMatter,
                       OpenAppealMatcher.Turn turn, int restAt, CatalogueReading rest, boolean restAppeal,
                       boolean opensOnIt) {
        FeatureSet f = new FeatureSet();
        f.putAll(ngrams);
        f.put(FeatureKeys.of("nm:act:", rules.act().name()), 1f);
        for (String reason : rules.reasons()) {
            f.put(FeatureKeys.of("nm:ar:", reason), 1f);
        }
        if (rules.newMatterAt() >= 0) {
            f.put(FeatureKeys.of("nm:rules-split"), 1f);
        }
        for (String reason : c.reasons()) {
            f.put(FeatureKeys.of("nm:cue:", reason), 1f);
        }
        f.put(APPEAL_WEIGHT, Math.min(c.appealScore(), 20) / 5f);
        f.put(NOISE_WEIGHT, Math.min(c.noiseScore(), 20) / 5f);
        double similarity = TextSimilarity.of(masked, openText);
        f.put(SIMILARITY, (float) similarity);
        f.put(FeatureKeys.of("nm:sim-band:", Integer.toString((int) Math.min(4, similarity * 5))), 1f);
        f.put(FeatureKeys.of("nm:shared:", Integer.toString(Math.min(4, TextSimilarity.sharedMatterPairs(masked,
                openText)))), 1f);
        double novel = novelShare(masked, openText);
        f.put(NOVEL, (float) novel);
        f.put(FeatureKeys.of("nm:novel-band:", Integer.toString((int) Math.min(3, novel * 4))), 1f);
        placement(f, "nm:msg-", reading, routed, open, openMatter);
        if (openMatter == null) {
            f.put(FeatureKeys.of("nm:open-unplaced"), 1f);
        }
        if (turn != null) {
            f.put(FeatureKeys.of("nm:turn:", turn.kind().name()), 1f);
        }
        if (restAt > 0) {
            String restWords = masked.substring(restAt);
            f.put(FeatureKeys.of(turn != null ? "nm:rest-after-turn" : "nm:rest-after-opening"), 1f);
            f.put(REST_NOVEL, (float) novelShare(restWords, openText));
            f.put(FeatureKeys.of("nm:rest-shared:", Integer.toString(Math.min(3,
                    TextSimilarity.sharedMatterPairs(restWords, openText)))), 1f);
            placement(f, "nm:rest-", rest, null, open, openMatter);
            if (restAppeal) {
                f.put(FeatureKeys.of("nm:rest-appeal"), 1f);
            }
        }
        if (opensOnIt) {
            f.put(FeatureKeys.of("nm:opens-on-it"), 1f);
        }
        int length = masked.strip().length();
        f.put(FeatureKeys.of("nm:len:", length < 10 ? "short" : length < 30 ? "mid" : length < 70 ? "long" : "longer"),
                1f);
        return f.build();
    }

    /** Where the catalogue places words against the open appeal: same matter, same owner, another, nowhere. */
    private static void placement(FeatureSet f, String prefix, CatalogueReading reading, String routed,
                                  SenderContext.OpenAppeal open, Matter openMatter) {
        if (!reading.placed()) {
            f.put(FeatureKeys.of(prefix, "unplaced"), 1f);
        } else {
            Matter m = reading.matter();
            String relation = openMatter == null ? "placed-open-not"
                    : m.code().equals(openMatter.code()) ? "same-matter"
                    : m.ownerCode().equals(openMatter.ownerCode()) ? "same-owner" : "other-owner";
            f.put(FeatureKeys.of(prefix, relation), 1f);
            f.put(FeatureKeys.of(prefix + "score:", Integer.toString(Math.min(4, reading.score() / 3))), 1f);
            if (open.departmentCode() != null && m.ownerCode().equals(open.departmentCode())) {
                f.put(FeatureKeys.of(prefix, "owner-is-its-unit"), 1f);
            }
        }
        for (String agency : reading.agencies()) {
            f.put(FeatureKeys.of(prefix, agency.equals(open.departmentCode()) ? "names-its-unit" : "names-other-unit"),
                    1f);
        }
        if (routed != null && open.departmentCode() != null) {
            f.put(FeatureKeys.of(prefix, routed.equals(open.departmentCode()) ? "routed-same" : "routed-other"), 1f);
        }
    }

    /** The share of the text's pairs of neighbouring ideographs that the other text does not hold (0 when none). */
    static double novelShare(String text, String other) {
        Set<Integer> own = hanPairs(text);
        if (own.isEmpty()) {
            return 0;
        }
        Set<Integer> theirs = hanPairs(other);
        long novel = own.stream().filter(p -> !theirs.contains(p)).count();
        return novel / (double) own.size();
    }

    private static Set<Integer> hanPairs(String text) {
        Set<Integer> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (Character.UnicodeScript.of(a) == Character.UnicodeScript.HAN
                    && Character.UnicodeScript.of(b) == Character.UnicodeScript.HAN) {
                pairs.add(a << 16 | b);
            }
        }
        return pairs;
    }
}
