package cn.xuanhua.bot.admin.learning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Labelled pairs made from the corpus for the judge of a new matter: an owner's message of the corpus (written with
 * nothing open) set beside an appeal of another writer at another unit, as if that appeal were still open. An appeal
 * so placed raises a new matter; anything else (thanks, chatter, a notice) raises none. The sets written beside open
 * appeals are mostly follow-ups and new problems tied to the open one by an opening clause or a marker; these pairs
 * add the plain case, a business with something open writing about something else, and keep the judge from taking
 * every message that shares no words with the open appeal for a new problem. Deterministic: the same corpus gives
 * the same pairs.
 */
final class BesideOpenPairs {
    /**
     * At most this many pairs, a quarter of the messages written beside open appeals, so those still weigh most.
     * Measured with each of the five sets beside open appeals held out in turn (docs/intake.md): no pairs, 24 false
     * appeals and 164 new problems missed; 600 pairs, 26 and 153; 2,000 pairs, 43 and 128 (more pairs teach that
     * words not shared with the open appeal make a new problem, which holds for most and not for a follow-up that
     * adds details in other words).
     */
    static final int MAX = 600;
    private static final int STRIDE_PRIME = 7919;

    private BesideOpenPairs() {
    }

    static List<BesideOpenExample> of(List<LabelledExample> corpus, List<BesideOpenExample> besideOpen, int max) {
        Set<String> writtenBesideOpen = new HashSet<>();
        besideOpen.forEach(e -> writtenBesideOpen.add(e.text()));
        List<LabelledExample> owners = corpus.stream()
                .filter(e -> e.byOwner() && !e.correction() && !writtenBesideOpen.contains(e.text())).toList();
        List<LabelledExample> openPool = owners.stream().filter(e -> e.appeal() && e.departmentCode() != null).toList();
        List<BesideOpenExample> pairs = new ArrayList<>();
        if (openPool.isEmpty() || max <= 0) {
            return pairs;
        }
        int step = Math.max(1, owners.size() / max);
        for (int i = 0; i < owners.size() && pairs.size() < max; i += step) {
            LabelledExample message = owners.get(i);
            LabelledExample open = anotherUnitsAppeal(openPool, message, i);
            if (open != null) {
                pairs.add(new BesideOpenExample(message.text(), message.groupCode(), "XH20260101-" + (1000 + i % 9000),
                        open.text(), open.departmentCode(), message.appeal()));
            }
        }
        return pairs;
    }

    /** An appeal of the pool at another unit than {@code message}'s, picked by position; null when none is found. */
    private static LabelledExample anotherUnitsAppeal(List<LabelledExample> pool, LabelledExample message, int i) {
        for (int attempt = 0; attempt < 20; attempt++) {
            LabelledExample open = pool.get((int) (((long) i * STRIDE_PRIME + attempt * 31L) % pool.size()));
            if (open.text().equals(message.text())) {
                continue;
            }
            if (message.departmentCode() == null || !message.departmentCode().equals(open.departmentCode())) {
                return open;
            }
        }
        return null;
    }
}
