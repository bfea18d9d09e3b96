package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.routing.CatalogueReading;
import cn.xuanhua.bot.core.routing.CategoryMatch;
import cn.xuanhua.bot.core.routing.RoutingDecision;

import java.util.ArrayList;
import java.util.List;

/**
 * What intake made of one message.
 *
 * @param mask           the masked text and what was masked
 * @param classification appeal cues against noise cues, and why
 * @param act            what the message does in the conversation
 * @param speaker        who wrote it
 * @param category       the category (其他 when nothing placed it); also filled for non-appeals
 * @param catalogue      what the responsibility catalogue found
 * @param routing        the unit an appeal of it goes to; also filled for non-appeals, for the preview
 * @param routeSource    which opinion chose the unit: {@code route.catalogue}, {@code route.agency},
 *                       {@code route.model}, {@code route.category}, {@code route.township}, {@code route.dispatcher}
 * @param wordsRead      the masked words intake read: the whole message, or, after thanks or news of a done matter,
 *                       whom it addresses and the other matter that follows ({@link ThanksThenAnotherMatter})
 */
public record TriageResult(MaskResult mask, Classification classification, ActReading act, Speaker speaker,
                           CategoryMatch category, CatalogueReading catalogue, RoutingDecision routing,
                           String routeSource, String wordsRead) {

    /** Whether the message becomes an appeal: an owner's message whose act is an appeal. */
    public boolean appeal() {
        return speaker == Speaker.OWNER && act.act() == ConversationAct.APPEAL;
    }

    /**
     * The catalogue's matter of the appeal: the fraud matter when a swindle went to the police first (its unit and its
     * category are that matter's, so 并单 compares it with other swindles, not with the matters of the unit the
     * swindler pretended to be), else the matter the catalogue placed it in; null when none.
     */
    public String matterCode() {
        if (CrimeFirst.SOURCE.equals(routeSource)) {
            return CrimeFirst.FRAUD_MATTER;
        }
        return catalogue.placed() ? catalogue.matter().code() : null;
    }

    /**
     * The speaker (when not an owner), the act's reasons, the classification's reasons, where the unit came from,
     * then {@code masked.<kind>} for each kind of number masked.
     */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (speaker != Speaker.OWNER) {
            reasons.add("speaker." + speaker.name().toLowerCase(java.util.Locale.ROOT));
        }
        reasons.addAll(act.reasons());
        reasons.addAll(classification.reasons());
        reasons.add(routeSource);
        mask.kinds().forEach(kind -> reasons.add("masked." + kind));
        return List.copyOf(reasons);
    }
}
