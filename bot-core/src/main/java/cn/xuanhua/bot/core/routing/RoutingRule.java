package cn.xuanhua.bot.core.routing;

import cn.xuanhua.bot.core.org.GroupKind;

/**
 * A routing rule, a row of the {@code routing_rule} table: appeals of a category, optionally only from one group
 * or one kind of group, go to a department or to the lead unit of the group they came from.
 *
 * @param id             row id; the last tie-breaker between equally specific rules of equal priority
 * @param categoryCode   the category the rule is for
 * @param groupCode      only appeals from this group, or null for any group
 * @param groupKind      only appeals from groups of this kind, or null for any kind
 * @param departmentCode the department to route to, unless {@code useGroupLead}
 * @param useGroupLead   route to the group's lead department instead (a township group's street office)
 * @param priority       among equally specific rules, the lowest number wins
 */
public record RoutingRule(long id, String categoryCode, String groupCode, GroupKind groupKind,
                          String departmentCode, boolean useGroupLead, int priority) {

    /** How specific the rule is: a named group beats a kind of group beats any group. */
    int specificity() {
        if (groupCode != null) {
            return 2;
        }
        return groupKind != null ? 1 : 0;
    }
}
