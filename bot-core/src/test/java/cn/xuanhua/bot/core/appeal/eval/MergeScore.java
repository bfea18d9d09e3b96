package cn.xuanhua.bot.core.appeal.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Precision and recall of merging over labelled pairs, and the errors per kind of pair. */
public final class MergeScore {
    public int truePositives;
    public int falsePositives;
    public int falseNegatives;
    public int trueNegatives;
    private final Map<String, int[]> errorsByKind = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();

    public void add(LabelledPair pair, boolean merged) {
        int[] kind = errorsByKind.computeIfAbsent(pair.kind(), k -> new int[2]);
        kind[1]++;
        if (merged == pair.same()) {
            if (merged) {
                truePositives++;
            } else {
                trueNegatives++;
            }
            return;
        }
        kind[0]++;
        if (merged) {
            falsePositives++;
        } else {
            falseNegatives++;
        }
        misses.add((merged ? "wrong merge " : "missed ") + pair.id() + " " + pair.kind() + ": "
                + pair.first().text() + " || " + pair.second().text());
    }

    public double precision() {
        int merged = truePositives + falsePositives;
        return merged == 0 ? 1 : (double) truePositives / merged;
    }

    public double recall() {
        int same = truePositives + falseNegatives;
        return same == 0 ? 1 : (double) truePositives / same;
    }

    public List<String> misses() {
        return misses;
    }

    public String report(String name) {
        StringBuilder s = new StringBuilder(String.format(
                "%s: %d pairs, precision %.1f%% (%d of %d merges right), recall %.1f%% (%d of %d same problems merged)",
                name, truePositives + falsePositives + falseNegatives + trueNegatives, 100 * precision(), truePositives,
                truePositives + falsePositives, 100 * recall(), truePositives, truePositives + falseNegatives));
        errorsByKind.forEach((kind, n) -> s.append(String.format("%n  %-30s %d wrong of %d", kind, n[0], n[1])));
        return s.toString();
    }
}
