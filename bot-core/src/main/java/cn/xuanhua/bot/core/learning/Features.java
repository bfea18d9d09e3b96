package cn.xuanhua.bot.core.learning;

import java.util.Arrays;

/**
 * A message as a learned model sees it: named features with values. Training and prediction build them with the
 * same {@link IntakeFeatures}, so what the model learned is what it is asked about.
 *
 * @param names  feature names, e.g. {@code 2:停电}, {@code m:power-outage}
 * @param values their values, same length
 */
public record Features(String[] names, float[] values) {

    public Features {
        if (names.length != values.length) {
            throw new IllegalArgumentException("names and values differ in length");
        }
    }

    public int size() {
        return names.length;
    }

    @Override
    public String toString() {
        return Arrays.toString(names);
    }
}
