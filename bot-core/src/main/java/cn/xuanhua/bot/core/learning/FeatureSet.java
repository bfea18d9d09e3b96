package cn.xuanhua.bot.core.learning;

import java.util.Arrays;

/**
 * Collects a message's features, each key once (the first value stays), in the order they were added, in primitive
 * arrays: a message yields a few hundred features and intake runs on every message.
 */
public final class FeatureSet {
    private long[] keys = new long[256];
    private float[] values = new float[256];
    private long[] seen = new long[512];
    private int size;
    private boolean hasZero;

    /** Adds a feature unless its key is there already. */
    public void put(long key, float value) {
        if (!firstTime(key)) {
            return;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size++] = value;
    }

    /** Adds features already free of repeats (another set's), after this set's own. */
    public void putAll(Features other) {
        for (int i = 0; i < other.size(); i++) {
            put(other.keys()[i], other.values()[i]);
        }
    }

    /** Adds a feature, or raises its value to {@code value} if it is there with less. */
    public void putMax(long key, float value) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                values[i] = Math.max(values[i], value);
                return;
            }
        }
        put(key, value);
    }

    public Features build() {
        return new Features(Arrays.copyOf(keys, size), Arrays.copyOf(values, size));
    }

    private boolean firstTime(long key) {
        if (key == 0) {
            boolean first = !hasZero;
            hasZero = true;
            return first;
        }
        if (size * 2 >= seen.length) {
            rehash();
        }
        int mask = seen.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (seen[i] == key) {
                return false;
            }
            if (seen[i] == 0) {
                seen[i] = key;
                return true;
            }
        }
    }

    private void rehash() {
        long[] old = seen;
        seen = new long[old.length * 2];
        int mask = seen.length - 1;
        for (long k : old) {
            if (k != 0) {
                int i = slot(k, mask);
                while (seen[i] != 0) {
                    i = (i + 1) & mask;
                }
                seen[i] = k;
            }
        }
    }

    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }
}
