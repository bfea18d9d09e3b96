package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.routing.CategoryMatch;
import cn.xuanhua.bot.core.routing.RoutingDecision;

import java.util.ArrayList;
import java.util.List;

/**
 * What intake made of one message.
 *
 * @param mask           the masked text and what was masked
 * @param classification appeal or not, and why
 * @param category       the category (其他 when no keyword matched); also filled for non-appeals
 * @param routing        the department an appeal of that category from that group goes to; also filled for
 *                       non-appeals, for the preview
 */
public record TriageResult(MaskResult mask, Classification classification, CategoryMatch category,
                           RoutingDecision routing) {

    /** Whether the message becomes an appeal. */
    public boolean appeal() {
        return classification.appeal();
    }

    /** The classification's reasons followed by {@code masked.<kind>} for each kind of number masked. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>(classification.reasons());
        mask.kinds().forEach(kind -> reasons.add("masked." + kind));
        return List.copyOf(reasons);
    }
}
