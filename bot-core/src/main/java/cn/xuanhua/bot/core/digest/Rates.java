package cn.xuanhua.bot.core.digest;

import java.util.stream.Stream;

/**
 * The four rates government service is judged by (docs/rates.md), as fractions 0..1. A rate is null when
 * there is nothing to count (its denominator is 0): never 0, never NaN.
 *
 * @param responseRate     响应率: of the appeals created in the week, the share accepted within the response limit
 *                         (in the week still running, of those whose limit has ended or that were accepted)
 * @param onTimeRate       按时办结率: of the appeals resolved in the week, the share resolved by their due date
 * @param resolutionRate   解决率: of the appeals resolved in the week, the share not reopened by 不满意
 * @param satisfactionRate 满意率: of the ratings given in the week, the share 满意 or 基本满意
 */
public record Rates(Double responseRate, Double onTimeRate, Double resolutionRate, Double satisfactionRate) {

    public static Rates of(DigestCounts c) {
        return new Rates(share(c.respondedInTime(), c.responseDue()), share(c.resolvedOnTime(), c.resolved()),
                share(c.resolvedNotReopened(), c.resolved()), share(c.satisfied(), c.rated()));
    }

    /** {@code part / whole}, or null when {@code whole} is 0. */
    public static Double share(long part, long whole) {
        if (part < 0 || part > whole) {
            throw new IllegalArgumentException("a share needs 0 <= part <= whole: " + part + "/" + whole);
        }
        return whole == 0 ? null : (double) part / whole;
    }

    /**
     * The ranking score of the coordination digest: the mean of the rates that have something to count, null
     * when none has.
     */
    public Double score() {
        return Stream.of(responseRate, onTimeRate, resolutionRate, satisfactionRate)
                .filter(r -> r != null).mapToDouble(Double::doubleValue).average().stream().boxed()
                .findFirst().orElse(null);
    }
}
