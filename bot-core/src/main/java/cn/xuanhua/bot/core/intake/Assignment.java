package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.learning.LearnedRouting;
import cn.xuanhua.bot.core.learning.LinearClassifier;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.routing.CatalogueReading;
import cn.xuanhua.bot.core.routing.CategoryMatch;
import cn.xuanhua.bot.core.routing.Matter;
import cn.xuanhua.bot.core.routing.Router;
import cn.xuanhua.bot.core.routing.RoutingDecision;
import cn.xuanhua.bot.core.routing.TownshipPlaces;

import java.util.Optional;

/**
 * Picks the unit that handles an appeal, from three opinions: the responsibility catalogue (the matter and its
 * owner, a named agency), the learned model, and the category routing rules; then the fallback: the group's own
 * township office in a township group, the dispatcher elsewhere. How far each is believed is the model's
 * {@link LearnedRouting.Blend}, measured when it was trained. A routing rule written for the very group the message
 * came from overrides them all: it is an administrator's decision for that group.
 * <p>
 * LOCAL, "the township office of the place", is the group's own office in a township group; in any other group it is
 * the office of the one township the text names ("我们厂在崞村镇…"), else the matter's owner outside townships, else
 * the dispatcher.
 */
final class Assignment {
    /** The label of the township office of the group, in the catalogue and in the model. */
    static final String LOCAL = Matter.LOCAL;
    /** The source of a decision by a routing rule written for the message's own group. */
    static final String GROUP_RULE = "route.group-rule";

    private final Router categoryRules;
    private final String dispatcherCode;
    private final TownshipPlaces townships;

    Assignment(Router categoryRules, String dispatcherCode, TownshipPlaces townships) {
        this.categoryRules = categoryRules;
        this.dispatcherCode = dispatcherCode;
        this.townships = townships;
    }

    /** Where it goes, and which opinion decided ({@code route.catalogue}, {@code route.model}, ...). */
    record Decision(String departmentCode, String source, String reason) {
    }

    /** @param text the masked message: the township it names places a local matter outside township groups */
    Decision decide(String text, CatalogueReading reading, CategoryMatch category, ChatGroup group,
                    Optional<LinearClassifier.Guess> guess, LearnedRouting.Blend blend) {
        if (category.matched()) {
            // A rule an administrator wrote for this very group is local policy: above the catalogue and the model.
            Optional<RoutingDecision> local = categoryRules.groupRule(category.category().code(), group);
            if (local.isPresent()) {
                return new Decision(local.get().departmentCode(), GROUP_RULE, local.get().reason());
            }
        }
        Decision rules = byRules(text, reading, category, group);
        if (rules != null && blend.rulesDecideAlone(reading)) {
            return rules;
        }
        if (guess.isPresent() && guess.get().probability() >= blend.trustedModelProbability()) {
            LinearClassifier.Guess g = guess.get();
            return new Decision(resolve(g.label(), null, group, text), "route.model",
                    String.format(java.util.Locale.ROOT, "model: %s (p=%.2f)", g.label(), g.probability()));
        }
        return rules != null ? rules : fallback(group, text);
    }

    /** The catalogue's matter, else an agency the text names, else the category's routing rule; null if none. */
    private Decision byRules(String text, CatalogueReading reading, CategoryMatch category, ChatGroup group) {
        if (reading.placed()) {
            Matter m = reading.matter();
            return new Decision(resolve(m.ownerCode(), m.outsideTownship(), group, text), "route.catalogue",
                    "catalogue: " + m.code() + " (" + m.name() + ", score " + reading.score() + ") -> " + m.ownerCode());
        }
        if (!reading.agencies().isEmpty()) {
            String agency = reading.agencies().get(0);
            return new Decision(resolve(agency, null, group, text), "route.agency", "named agency: " + agency);
        }
        if (category.matched()) {
            RoutingDecision d = categoryRules.route(category.category().code(), group);
            if (!d.departmentCode().equals(dispatcherCode)) {
                return new Decision(d.departmentCode(), "route.category", d.reason());
            }
        }
        return null;
    }

    /**
     * Nothing placed it: a township group's own office takes it; elsewhere the office of the township the text names,
     * else the dispatcher.
     */
    private Decision fallback(ChatGroup group, String text) {
        if (isTownship(group)) {
            return new Decision(group.leadDepartmentCode(), "route.township", "not placed: the township office of "
                    + group.code());
        }
        Optional<String> named = townships.namedIn(text);
        if (named.isPresent()) {
            return new Decision(named.get(), "route.township-named", "not placed: the township office of the place "
                    + "named, " + named.get());
        }
        return new Decision(dispatcherCode, "route.dispatcher", "not placed: the dispatcher " + dispatcherCode);
    }

    /**
     * The label a unit has in the model for a message of {@code group}: the township office of the place (the group's
     * own in a township group, the one the text names elsewhere) is LOCAL, so one township teaches all others.
     */
    String labelOf(String departmentCode, ChatGroup group, String text) {
        if (isTownship(group)) {
            return departmentCode.equals(group.leadDepartmentCode()) ? LOCAL : departmentCode;
        }
        // Read the text only for a township office: this runs for every message, most going to district units.
        boolean namedOffice = townships.hasOffice(departmentCode)
                && townships.namedIn(text).filter(departmentCode::equals).isPresent();
        return namedOffice ? LOCAL : departmentCode;
    }

    /** A model's label for a message of {@code group}: LOCAL is the township office of the place. */
    String resolveLabel(String label, ChatGroup group, String text) {
        return resolve(label, null, group, text);
    }

    /**
     * A unit code, or LOCAL resolved: the group's office in a township group; elsewhere the office of the township
     * the text names, else {@code outsideTownship}, else the dispatcher.
     */
    private String resolve(String owner, String outsideTownship, ChatGroup group, String text) {
        if (!LOCAL.equals(owner)) {
            return owner;
        }
        if (isTownship(group)) {
            return group.leadDepartmentCode();
        }
        Optional<String> named = townships.namedIn(text);
        if (named.isPresent()) {
            return named.get();
        }
        return outsideTownship != null && !outsideTownship.isBlank() ? outsideTownship : dispatcherCode;
    }

    private static boolean isTownship(ChatGroup group) {
        return group != null && group.kind() == GroupKind.TOWNSHIP && group.leadDepartmentCode() != null;
    }
}
