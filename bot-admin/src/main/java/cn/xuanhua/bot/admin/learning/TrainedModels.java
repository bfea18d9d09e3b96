package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.intake.IntakeDictionary;
import cn.xuanhua.bot.core.learning.Learned;
import cn.xuanhua.bot.core.org.ChatGroup;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The models last trained in this JVM, by what they were trained on. Training is deterministic (fixed seeds), so
 * the same examples, dictionaries and groups give the same models: an hourly retraining with nothing new, or a
 * second application context in the same JVM (the test suite starts dozens), takes the models already made
 * instead of spending seconds on them again. Holds the last few; the key covers everything training reads.
 */
final class TrainedModels {
    private static final int KEPT = 4;
    private static final Map<Integer, Learned> LAST = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Learned> eldest) {
            return size() > KEPT;
        }
    };

    private TrainedModels() {
    }

    /**
     * The models for this history, trained now unless the same history was trained on before.
     *
     * @param examples      everything routing learns from ({@link LabelledHistory#withRoutingOnly}): the corpus and
     *                      the corrections, which all the others train on, then the routing-only appeals
     * @param dictionaryKey {@link #keyOf(IntakeDictionary, Collection)} of the dictionaries and groups trained on
     */
    static Learned trainedOn(List<LabelledExample> examples, List<BesideOpenExample> besideOpen, int dictionaryKey,
                             Supplier<Learned> train) {
        int key = Objects.hash(examples, besideOpen, dictionaryKey);
        synchronized (LAST) {
            Learned known = LAST.get(key);
            if (known != null) {
                return known;
            }
        }
        Learned trained = train.get();
        synchronized (LAST) {
            LAST.put(key, trained);
        }
        return trained;
    }

    /** The part of a training's key that the console edits: dictionaries, catalogue, and what training reads of groups. */
    static int keyOf(IntakeDictionary dictionary, Collection<ChatGroup> groups) {
        return Objects.hash(dictionary, groups.stream()
                .map(g -> g.code() + "|" + g.kind() + "|" + g.leadDepartmentCode()).sorted().toList());
    }
}
