package cn.xuanhua.bot.admin.learning;

import java.util.Locale;

/**
 * The Wilson score interval of a proportion: where the true rate lies, with 95% confidence, given {@code k} of
 * {@code n}. Unlike the plain normal interval it stays inside 0–100% and is honest near the ends, where intake's
 * rates live (98 of 100).
 */
final class Wilson {
    private static final double Z95 = 1.959964;

    private Wilson() {
    }

    /** The interval as {@code "97.3–98.8%"}; {@code "-"} when {@code n} is 0. */
    static String interval(int k, int n) {
        if (n == 0) {
            return "-";
        }
        double[] bounds = bounds(k, n);
        return String.format(Locale.ROOT, "%.1f–%.1f%%", 100 * bounds[0], 100 * bounds[1]);
    }

    /** The lower and upper bound, as fractions. */
    static double[] bounds(int k, int n) {
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double centre = p + z2 / (2 * n);
        double spread = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        double scale = 1 + z2 / n;
        return new double[] {(centre - spread) / scale, (centre + spread) / scale};
    }
}
