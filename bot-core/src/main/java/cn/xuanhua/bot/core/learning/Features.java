package cn.xuanhua.bot.core.learning;

/**
 * A message as a learned model sees it: features with values, each feature known by a 64-bit hash of its name
 * ({@link FeatureKeys}), so that reading a message builds no strings: intake runs on every message. Training and
 * prediction build them with the same {@link IntakeFeatures}, so what the model learned is what it is asked about.
 * Each key occurs once.
 *
 * @param keys   feature keys, e.g. the hash of {@code 2:停电} or {@code m:power-outage}
 * @param values their values, same length
 */
public record Features(long[] keys, float[] values) {

    public Features {
        if (keys.length != values.length) {
            throw new IllegalArgumentException("keys and values differ in length");
        }
    }

    public int size() {
        return keys.length;
    }

    /** The name a learning library sees for a key: the key itself, in hexadecimal. */
    public static String name(long key) {
        return Long.toHexString(key);
    }
}
