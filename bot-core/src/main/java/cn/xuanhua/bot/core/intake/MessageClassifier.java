package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.routing.CategoryMatch;
import cn.xuanhua.bot.core.text.PhraseIndex;
import cn.xuanhua.bot.core.text.TextFold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a group message is an appeal. The cue phrases and their weights come from the database
 * ({@code intake_lexicon}, see {@link LexiconEntry}); this class holds only the scoring and the structural rules.
 *
 * <ol>
 *   <li>Structure first: empty, emoji only, digits only, punctuation only or a single word is never an appeal.</li>
 *   <li>The cues found (leftmost-longest, each phrase once per place) add their weight to their side.</li>
 *   <li>A message on a business topic (some category keyword matched) gets up to {@value #CATEGORY_EVIDENCE_CAP}
 *       more for an appeal: "路灯坏了" is a report, "坏了" alone could be anything. A strong topic (score at
 *       least {@value #STRONG_TOPIC}) with nothing at all against it gets one more, enough on its own: in these
 *       groups "暖气片还是冰凉,热力公司来了两次" is a complaint even without a cue word, while thanks,
 *       notices and ads on a topic always carry a noise cue.</li>
 *   <li>It is an appeal when the appeal side reaches {@value #APPEAL_THRESHOLD} and outweighs the noise side, so a
 *       thank-you that also asks for something ("谢谢领导,麻烦再催一下审批") is still an appeal.</li>
 * </ol>
 * Build one per dictionary snapshot; thread-safe.
 */
public final class MessageClassifier {

    /** The least appeal weight that makes an appeal: one clear cue (请问, 能不能, 坏了) or a weak cue on a topic. */
    static final int APPEAL_THRESHOLD = 4;
    /** The most a topic adds (plus one when strong and unopposed): a notice full of keywords stays a notice. */
    static final int CATEGORY_EVIDENCE_CAP = 3;
    /** A category score this high means the message plainly names a government matter (暖气 + 热力公司). */
    static final int STRONG_TOPIC = 6;
    static final String CATEGORY_REASON = "appeal.category-keyword";
    static final String NO_CUE_REASON = "noise.no-cue";

    /** A cue of one lexicon: its reason code, side and weight. */
    private record Cue(String reason, boolean forAppeal, int weight) {
        boolean neutral() {
            return LexiconEntry.NEUTRAL.equals(reason);
        }
    }

    private final PhraseIndex<List<Cue>> index;

    /**
     * @param lexicon the rows of {@code intake_lexicon}; rows of an unknown lexicon (neither {@code appeal.*},
     *                {@code noise.*} nor {@code neutral}) or with a blank phrase are ignored, so that a bad row
     *                edited in the database cannot stop intake
     */
    public MessageClassifier(List<LexiconEntry> lexicon) {
        this.index = new PhraseIndex<>(indexCues(lexicon));
    }

    /** Classifies a masked message without topic evidence. */
    public Classification classify(String text) {
        return classify(text, null);
    }

    /** Classifies a masked message, counting its category match (may be null) as topic evidence. */
    public Classification classify(String text, CategoryMatch category) {
        TextShape shape = TextShape.of(text == null ? "" : text);
        if (shape != TextShape.TEXT) {
            return Classification.noise(shape.reason());
        }
        Tally tally = new Tally();
        index.match(TextFold.fold(text), (cues, begin, end) -> cues.forEach(tally::add));
        if (category != null && category.matched()) {
            tally.addTopic(category.score());
        }
        return tally.decide();
    }

    /** The weights and reasons gathered from one message. */
    private static final class Tally {
        int appealScore;
        int noiseScore;
        /** Weight each reason contributed, in order of first appearance. */
        final Map<String, Integer> appealReasons = new LinkedHashMap<>();
        final Map<String, Integer> noiseReasons = new LinkedHashMap<>();

        void add(Cue cue) {
            if (cue.neutral()) {
                return;
            }
            if (cue.forAppeal()) {
                appealScore += cue.weight();
                appealReasons.merge(cue.reason(), cue.weight(), Integer::sum);
            } else {
                noiseScore += cue.weight();
                noiseReasons.merge(cue.reason(), cue.weight(), Integer::sum);
            }
        }

        void addTopic(int categoryScore) {
            int evidence = Math.min(categoryScore, CATEGORY_EVIDENCE_CAP);
            if (categoryScore >= STRONG_TOPIC && noiseScore == 0) {
                evidence++;
            }
            appealScore += evidence;
            appealReasons.merge(CATEGORY_REASON, evidence, Integer::sum);
        }

        /** Appeal or not; the reasons of the deciding side first, each side's strongest reason first. */
        Classification decide() {
            boolean appeal = appealScore >= APPEAL_THRESHOLD && appealScore > noiseScore;
            List<String> reasons = new ArrayList<>(appealReasons.size() + noiseReasons.size() + 1);
            reasons.addAll(strongestFirst(appeal ? appealReasons : noiseReasons));
            if (!appeal && noiseReasons.isEmpty()) {
                reasons.add(NO_CUE_REASON);
            }
            reasons.addAll(strongestFirst(appeal ? noiseReasons : appealReasons));
            return new Classification(appeal, appealScore, noiseScore, reasons);
        }

        private static List<String> strongestFirst(Map<String, Integer> weights) {
            List<String> reasons = new ArrayList<>(weights.keySet());
            reasons.sort(Comparator.comparing(weights::get, Comparator.reverseOrder()));
            return reasons;
        }
    }

    private static Map<String, List<Cue>> indexCues(List<LexiconEntry> lexicon) {
        Map<String, List<Cue>> byPhrase = new HashMap<>();
        for (LexiconEntry row : lexicon) {
            String phrase = row.phrase() == null ? "" : TextFold.foldPhrase(row.phrase());
            Cue cue = toCue(row);
            if (phrase.isEmpty() || cue == null) {
                continue;
            }
            List<Cue> cues = byPhrase.computeIfAbsent(phrase, p -> new ArrayList<>(1));
            // Rows that fold to the same phrase in the same lexicon (？ and ?) count once, with the larger weight.
            cues.removeIf(c -> c.reason().equals(cue.reason()) && c.weight() <= cue.weight());
            if (cues.stream().noneMatch(c -> c.reason().equals(cue.reason()))) {
                cues.add(cue);
            }
        }
        byPhrase.replaceAll((phrase, cues) -> List.copyOf(cues));
        return byPhrase;
    }

    /** The cue of a row, or null for a row of an unknown lexicon. A neutral row is a cue of weight 0. */
    private static Cue toCue(LexiconEntry row) {
        String lexicon = row.lexicon() == null ? "" : row.lexicon().trim();
        if (lexicon.startsWith(LexiconEntry.APPEAL_PREFIX) && lexicon.length() > LexiconEntry.APPEAL_PREFIX.length()) {
            return new Cue(lexicon, true, row.weight());
        }
        if (lexicon.startsWith(LexiconEntry.NOISE_PREFIX) && lexicon.length() > LexiconEntry.NOISE_PREFIX.length()) {
            return new Cue(lexicon, false, row.weight());
        }
        return LexiconEntry.NEUTRAL.equals(lexicon) ? new Cue(lexicon, false, 0) : null;
    }
}
