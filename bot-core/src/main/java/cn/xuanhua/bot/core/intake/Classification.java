package cn.xuanhua.bot.core.intake;

import java.util.List;

/**
 * Whether a message is an appeal, and why.
 *
 * @param appeal      true when the message asks something of the government and should become an appeal
 * @param appealScore the summed weight of everything that spoke for an appeal
 * @param noiseScore  the summed weight of everything that spoke against
 * @param reasons     short stable codes of the rules that fired: the deciding side first, and on each side the
 *                    reason that weighed most first (e.g. {@code appeal.request}, {@code appeal.category-keyword},
 *                    {@code noise.thanks})
 */
public record Classification(boolean appeal, int appealScore, int noiseScore, List<String> reasons) {

    public Classification {
        reasons = List.copyOf(reasons);
    }

    /** A message that is not an appeal for a structural reason (empty, emoji only, ...). */
    static Classification noise(String reason) {
        return new Classification(false, 0, 0, List.of(reason));
    }
}
