package cn.xuanhua.bot.core.learning;

import java.util.Arrays;

/**
 * Feature key → row of a trained model: open addressing over primitive arrays (no boxing), built once per model and
 * then only read, so any number of threads may look up at once.
 */
final class KeyIndex {
    private static final long EMPTY = 0L;
    private final long[] keys;
    private final int[] rows;
    private final int mask;
    private final int zeroRow;

    KeyIndex(long[] featureKeys) {
        int capacity = Integer.highestOneBit(Math.max(4, featureKeys.length * 2 - 1)) << 1;
        keys = new long[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
        int zero = -1;
        for (int row = 0; row < featureKeys.length; row++) {
            long k = featureKeys[row];
            if (k == EMPTY) {
                zero = row;
                continue;
            }
            int i = slot(k);
            while (keys[i] != EMPTY && keys[i] != k) {
                i = (i + 1) & mask;
            }
            keys[i] = k;
            rows[i] = row;
        }
        zeroRow = zero;
    }

    /** The row of {@code key}, or -1 when the model never saw it. */
    int row(long key) {
        if (key == EMPTY) {
            return zeroRow;
        }
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return rows[i];
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    int size() {
        return (int) Arrays.stream(keys).filter(k -> k != EMPTY).count() + (zeroRow >= 0 ? 1 : 0);
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
