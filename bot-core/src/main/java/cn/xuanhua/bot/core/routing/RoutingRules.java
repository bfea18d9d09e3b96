package cn.xuanhua.bot.core.routing;

import cn.xuanhua.bot.core.org.GroupKind;

import java.util.List;

/**
 * The routing rules as the console lists and edits them, with the administrator's note on each (the router reads
 * them through {@link cn.xuanhua.bot.core.intake.IntakeDictionarySource}). Implemented by persistence.
 */
public interface RoutingRules {

    /** A rule to add, checked by the caller; the store gives it its id. Null scope fields mean "any". */
    record Draft(String categoryCode, String groupCode, GroupKind groupKind, String departmentCode,
                 boolean useGroupLead, int priority, String note) {
    }

    /** A stored rule and its note (null when there is none). */
    record Entry(RoutingRule rule, String note) {
    }

    /** Every rule, by category and then by priority. */
    List<Entry> all();

    void add(Draft rule);

    /** Removes a rule; answers what it was, empty when there was none with that id. */
    java.util.Optional<Entry> remove(long id);
}
