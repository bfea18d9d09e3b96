package cn.xuanhua.bot.core.text;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds dictionary phrases in a text in one pass (an Aho-Corasick double-array trie), keeping only the
 * leftmost-longest, non-overlapping matches. Longest-wins lets a dictionary override a short phrase by a longer
 * one that contains it: 没问题 hides 问题, 排污许可证 hides 许可证, 优惠政策 hides 优惠.
 * Build once per dictionary snapshot; matching is read-only and safe from many threads.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseIndex<V> {

    /** Receives each kept match, left to right. */
    @FunctionalInterface
    public interface MatchSink<V> {
        void accept(V value, int begin, int end);
    }

    private final AhoCorasickDoubleArrayTrie<V> trie = new AhoCorasickDoubleArrayTrie<>();
    private final boolean empty;

    /** Indexes the phrases, which must already be folded ({@link TextFold#foldPhrase}); blank phrases are skipped. */
    public PhraseIndex(Map<String, V> phrases) {
        Map<String, V> sorted = new TreeMap<>();
        phrases.forEach((phrase, value) -> {
            if (phrase != null && !phrase.isEmpty()) {
                sorted.put(phrase, value);
            }
        });
        empty = sorted.isEmpty();
        trie.build(sorted);
    }

    /** Reports the leftmost-longest non-overlapping matches in {@code folded} (a text passed through TextFold). */
    public void match(char[] folded, MatchSink<V> sink) {
        if (empty || folded.length == 0) {
            return;
        }
        Hits<V> hits = new Hits<>();
        trie.parseText(folded, (AhoCorasickDoubleArrayTrie.IHit<V>) hits::add);
        hits.emitLeftmostLongest(sink);
    }

    /**
     * Reports every occurrence of every phrase in {@code folded}, overlapping ones included, in the trie's order:
     * for evidence words that must be seen even inside a longer phrase (学校 inside 学校食堂).
     */
    public void matchAll(char[] folded, MatchSink<V> sink) {
        if (empty || folded.length == 0) {
            return;
        }
        trie.parseText(folded, (AhoCorasickDoubleArrayTrie.IHit<V>) (begin, end, value) -> sink.accept(value, begin, end));
    }

    /** The raw hits of one text, kept in parallel arrays to spare an object per hit. */
    private static final class Hits<V> {
        private int[] begins = new int[16];
        private int[] ends = new int[16];
        private Object[] values = new Object[16];
        private int size;

        void add(int begin, int end, V value) {
            if (size == begins.length) {
                begins = Arrays.copyOf(begins, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            begins[size] = begin;
            ends[size] = end;
            values[size++] = value;
        }

        @SuppressWarnings("unchecked")
        void emitLeftmostLongest(MatchSink<V> sink) {
            sortByBeginThenLongest();
            int reach = 0;
            for (int i = 0; i < size; i++) {
                if (begins[i] >= reach) {
                    sink.accept((V) values[i], begins[i], ends[i]);
                    reach = ends[i];
                }
            }
        }

        /** Insertion sort: a message has a handful of hits, which arrive almost sorted (by end). */
        private void sortByBeginThenLongest() {
            for (int i = 1; i < size; i++) {
                int b = begins[i];
                int e = ends[i];
                Object v = values[i];
                int j = i - 1;
                while (j >= 0 && (begins[j] > b || (begins[j] == b && ends[j] < e))) {
                    begins[j + 1] = begins[j];
                    ends[j + 1] = ends[j];
                    values[j + 1] = values[j];
                    j--;
                }
                begins[j + 1] = b;
                ends[j + 1] = e;
                values[j + 1] = v;
            }
        }
    }
}
