package cn.xuanhua.bot.core.routing;

import java.util.List;

/**
 * What the responsibility catalogue found in one message.
 *
 * @param matter          the best matter, null when none counted
 * @param score           its score (its terms' weights, plus the bonus of an agency named that owns it)
 * @param runnerUp        the best matter with another owner, null when none
 * @param runnerUpScore   its score, 0 when none
 * @param matched         every matter that counted, best first, with its score (features of the learned model)
 * @param agencies        the units the text names (派出所 → police), in text order, without repeats
 */
public record CatalogueReading(Matter matter, int score, Matter runnerUp, int runnerUpScore,
                               List<Scored> matched, List<String> agencies) {

    /** Nothing found. */
    public static final CatalogueReading NONE = new CatalogueReading(null, 0, null, 0, List.of(), List.of());

    public CatalogueReading {
        matched = List.copyOf(matched);
        agencies = List.copyOf(agencies);
    }

    /** Whether some matter counted. */
    public boolean placed() {
        return matter != null;
    }

    /** A matter and its score. */
    public record Scored(Matter matter, int score) {
    }
}
