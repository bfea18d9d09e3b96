package cn.xuanhua.bot.core.routing;

import cn.xuanhua.bot.core.text.PhraseIndex;
import cn.xuanhua.bot.core.text.TextFold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The responsibility catalogue (派单目录) as a matcher: every matter's terms in one trie (leftmost-longest, so
 * 消防验收 hides 消防), and every piece of evidence (a matter's "needs" and "unless" words, the agencies people
 * name) in another that reports overlapping hits too (学校 inside 学校食堂 still counts as evidence).
 *
 * <p>A matter scores the weights of its terms found; it does not count when it needs evidence that is missing or
 * when an "unless" word appears; a unit the text names adds {@value #AGENCY_BONUS} to each counting matter it
 * owns ("派出所报了案一直没消息": the theft matter, and the police named). Ties go to the matter listed first.
 * Build one per dictionary snapshot; thread-safe.
 */
public final class ResponsibilityCatalogue {
    /** What a named unit adds to a matter it owns that the words already placed. */
    static final int AGENCY_BONUS = 4;

    private record TermHit(int matter, int weight) {
    }

    private enum Kind { NEED, UNLESS, AGENCY }

    private record Evidence(Kind kind, int matter, String departmentCode) {
    }

    private final List<Matter> matters;
    private final PhraseIndex<List<TermHit>> terms;
    private final PhraseIndex<List<Evidence>> evidence;
    private final Map<String, int[]> mattersByOwner = new HashMap<>();

    public ResponsibilityCatalogue(List<Matter> matters, List<Agency> agencies) {
        this.matters = List.copyOf(matters);
        Map<String, List<TermHit>> termIndex = new HashMap<>();
        Map<String, List<Evidence>> evidenceIndex = new HashMap<>();
        Map<String, List<Integer>> owners = new HashMap<>();
        for (int i = 0; i < this.matters.size(); i++) {
            Matter m = this.matters.get(i);
            owners.computeIfAbsent(m.ownerCode(), o -> new ArrayList<>()).add(i);
            for (Matter.Term t : m.terms()) {
                add(termIndex, t.phrase(), new TermHit(i, t.weight()));
            }
            for (String need : m.needs()) {
                add(evidenceIndex, need, new Evidence(Kind.NEED, i, null));
            }
            for (String word : m.unless()) {
                add(evidenceIndex, word, new Evidence(Kind.UNLESS, i, null));
            }
        }
        for (Agency a : agencies) {
            add(evidenceIndex, a.phrase(), new Evidence(Kind.AGENCY, -1, a.departmentCode()));
        }
        owners.forEach((owner, list) -> mattersByOwner.put(owner, list.stream().mapToInt(Integer::intValue).toArray()));
        termIndex.replaceAll((p, list) -> List.copyOf(list));
        evidenceIndex.replaceAll((p, list) -> List.copyOf(list));
        this.terms = new PhraseIndex<>(termIndex);
        this.evidence = new PhraseIndex<>(evidenceIndex);
    }

    private static <V> void add(Map<String, List<V>> index, String phrase, V value) {
        String folded = phrase == null ? "" : TextFold.foldPhrase(phrase);
        if (!folded.isEmpty()) {
            index.computeIfAbsent(folded, p -> new ArrayList<>(1)).add(value);
        }
    }

    /** Every matter, in catalogue order. */
    public List<Matter> matters() {
        return matters;
    }

    /** Reads a (masked) message. */
    public CatalogueReading read(String text) {
        if (text == null || text.isEmpty() || matters.isEmpty()) {
            return CatalogueReading.NONE;
        }
        char[] folded = TextFold.fold(text);
        int[] scores = new int[matters.size()];
        boolean[] hasNeed = new boolean[matters.size()];
        boolean[] vetoed = new boolean[matters.size()];
        Set<String> agencies = new LinkedHashSet<>(2);
        terms.match(folded, (hits, begin, end) -> {
            for (TermHit h : hits) {
                scores[h.matter()] += h.weight();
            }
        });
        evidence.matchAll(folded, (found, begin, end) -> {
            for (Evidence e : found) {
                switch (e.kind()) {
                    case NEED -> hasNeed[e.matter()] = true;
                    case UNLESS -> vetoed[e.matter()] = true;
                    case AGENCY -> agencies.add(e.departmentCode());
                }
            }
        });
        for (int i = 0; i < scores.length; i++) {
            Matter m = matters.get(i);
            if (scores[i] > 0 && (vetoed[i] || !m.needs().isEmpty() && !hasNeed[i])) {
                scores[i] = 0;
            }
        }
        for (String agency : agencies) {
            for (int i : mattersByOwner.getOrDefault(agency, new int[0])) {
                if (scores[i] > 0) {
                    scores[i] += AGENCY_BONUS;
                }
            }
        }
        return reading(scores, List.copyOf(agencies));
    }

    private CatalogueReading reading(int[] scores, List<String> agencies) {
        List<CatalogueReading.Scored> matched = new ArrayList<>(4);
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > 0) {
                matched.add(new CatalogueReading.Scored(matters.get(i), scores[i]));
            }
        }
        if (matched.isEmpty()) {
            return agencies.isEmpty() ? CatalogueReading.NONE
                    : new CatalogueReading(null, 0, null, 0, List.of(), agencies);
        }
        // Stable: equal scores keep catalogue order.
        matched.sort((a, b) -> Integer.compare(b.score(), a.score()));
        CatalogueReading.Scored best = matched.get(0);
        CatalogueReading.Scored runnerUp = matched.stream()
                .filter(s -> !s.matter().ownerCode().equals(best.matter().ownerCode()))
                .findFirst().orElse(null);
        return new CatalogueReading(best.matter(), best.score(), runnerUp == null ? null : runnerUp.matter(),
                runnerUp == null ? 0 : runnerUp.score(), matched, agencies);
    }
}
