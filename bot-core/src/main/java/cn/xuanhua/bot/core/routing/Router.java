package cn.xuanhua.bot.core.routing;

import cn.xuanhua.bot.core.org.ChatGroup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks the department for an appeal of a category from a group. Of the rules that match, the most specific
 * wins (the group by code, then the group's kind, then the category alone), then the lowest priority number,
 * then the lowest id. A rule that sends to the group's lead is passed over when the group has no lead. When no
 * rule applies the appeal goes to the dispatcher department (行政审批局), which re-assigns it: never nowhere.
 * Build one per dictionary snapshot; thread-safe.
 */
public final class Router {

    private static final Comparator<RoutingRule> MOST_SPECIFIC_FIRST =
            Comparator.comparingInt(RoutingRule::specificity).reversed()
                    .thenComparingInt(RoutingRule::priority)
                    .thenComparingLong(RoutingRule::id);

    private final Map<String, List<RoutingRule>> rulesByCategory = new HashMap<>();
    private final String dispatcherCode;

    /**
     * @param rules          the routing rules
     * @param dispatcherCode the department that receives what no rule routes
     */
    public Router(List<RoutingRule> rules, String dispatcherCode) {
        this.dispatcherCode = Objects.requireNonNull(dispatcherCode, "dispatcherCode");
        for (RoutingRule rule : rules) {
            rulesByCategory.computeIfAbsent(rule.categoryCode(), c -> new ArrayList<>()).add(rule);
        }
        rulesByCategory.replaceAll((category, list) -> list.stream().sorted(MOST_SPECIFIC_FIRST).toList());
    }

    /** The department for an appeal of {@code categoryCode} from {@code group} (null: not from a known group). */
    public RoutingDecision route(String categoryCode, ChatGroup group) {
        for (RoutingRule rule : rulesByCategory.getOrDefault(categoryCode, List.of())) {
            if (!applies(rule, group)) {
                continue;
            }
            String department = rule.useGroupLead() ? group == null ? null : group.leadDepartmentCode()
                    : rule.departmentCode();
            if (department != null && !department.isBlank()) {
                return new RoutingDecision(department, explain(rule, group, department));
            }
        }
        return new RoutingDecision(dispatcherCode,
                "no rule for " + categoryCode + fromGroup(group) + " -> dispatcher " + dispatcherCode);
    }

    /**
     * The decision of a rule written for this very group (an administrator's local policy, e.g. "南关的市场监管事项先由
     * 街道办"), empty when the category has none for it.
     */
    public Optional<RoutingDecision> groupRule(String categoryCode, ChatGroup group) {
        if (group == null) {
            return Optional.empty();
        }
        for (RoutingRule rule : rulesByCategory.getOrDefault(categoryCode, List.of())) {
            if (group.code().equals(rule.groupCode())) {
                String department = rule.useGroupLead() ? group.leadDepartmentCode() : rule.departmentCode();
                if (department != null && !department.isBlank()) {
                    return Optional.of(new RoutingDecision(department, explain(rule, group, department)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean applies(RoutingRule rule, ChatGroup group) {
        if (rule.groupCode() != null && (group == null || !rule.groupCode().equals(group.code()))) {
            return false;
        }
        return rule.groupKind() == null || group != null && rule.groupKind() == group.kind();
    }

    private static String explain(RoutingRule rule, ChatGroup group, String department) {
        String scope = rule.groupCode() != null ? " in group " + rule.groupCode()
                : rule.groupKind() != null ? " in a " + rule.groupKind() + " group" : "";
        String target = rule.useGroupLead() ? "lead of " + group.code() + " (" + department + ")" : department;
        return "rule " + rule.id() + ": " + rule.categoryCode() + scope + " -> " + target;
    }

    private static String fromGroup(ChatGroup group) {
        return group == null ? "" : " from " + group.code();
    }
}
