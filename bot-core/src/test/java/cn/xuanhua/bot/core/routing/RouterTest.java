package cn.xuanhua.bot.core.routing;

import cn.xuanhua.bot.core.Secret;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupBinding;
import cn.xuanhua.bot.core.org.GroupKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RouterTest {

    private static final ChatGroup NANGUAN = group("tw-nanguan", GroupKind.TOWNSHIP, "office-nanguan");
    private static final ChatGroup INDUSTRY = group("ind-industry", GroupKind.INDUSTRY, "miit");
    private static final ChatGroup CONSTRUCTION = group("ind-construction", GroupKind.INDUSTRY, "housing");
    private static final ChatGroup LEADERLESS = group("tw-new", GroupKind.TOWNSHIP, null);

    private final Router router = new Router(List.of(
            new RoutingRule(1, "municipal", null, null, "urban", false, 100),
            new RoutingRule(2, "municipal", null, GroupKind.TOWNSHIP, null, true, 100),
            new RoutingRule(3, "arrears", null, null, "miit", false, 100),
            new RoutingRule(4, "arrears", "ind-construction", null, null, true, 100),
            new RoutingRule(5, "arrears", null, GroupKind.INDUSTRY, "commerce", false, 100),
            new RoutingRule(6, "tax", null, null, "finance", false, 200),
            new RoutingRule(7, "tax", null, null, "tax", false, 100),
            new RoutingRule(8, "fire", null, null, "fire", false, 100),
            new RoutingRule(9, "fire", null, null, "emergency", false, 100)), "approval");

    private static ChatGroup group(String code, GroupKind kind, String lead) {
        return new ChatGroup(code, code, kind, null, Secret.empty(), GroupBinding.WEBHOOK, null, lead);
    }

    @Test
    void aTownshipGroupsMunicipalAppealGoesToItsStreetOffice() {
        RoutingDecision d = router.route("municipal", NANGUAN);
        assertThat(d.departmentCode()).isEqualTo("office-nanguan");
        assertThat(d.reason()).contains("rule 2", "TOWNSHIP", "lead of tw-nanguan");
    }

    @Test
    void anIndustryGroupsMunicipalAppealGoesToUrbanManagement() {
        assertThat(router.route("municipal", INDUSTRY).departmentCode()).isEqualTo("urban");
    }

    @Test
    void aRuleForTheGroupBeatsARuleForItsKind() {
        assertThat(router.route("arrears", CONSTRUCTION).departmentCode()).isEqualTo("housing");
    }

    @Test
    void onlyARuleWrittenForTheGroupItselfIsItsLocalPolicy() {
        assertThat(router.groupRule("arrears", CONSTRUCTION)).hasValueSatisfying(d -> {
            assertThat(d.departmentCode()).isEqualTo("housing");
            assertThat(d.reason()).contains("in group ind-construction");
        });
        assertThat(router.groupRule("arrears", INDUSTRY)).as("a rule for its kind is not").isEmpty();
        assertThat(router.groupRule("municipal", NANGUAN)).isEmpty();
        assertThat(router.groupRule("arrears", null)).isEmpty();
    }

    @Test
    void aRuleForTheKindOfGroupBeatsACategoryOnlyRule() {
        assertThat(router.route("arrears", INDUSTRY).departmentCode()).isEqualTo("commerce");
        assertThat(router.route("arrears", NANGUAN).departmentCode()).isEqualTo("miit");
    }

    @Test
    void amongEquallySpecificRulesTheLowestPriorityNumberWins() {
        assertThat(router.route("tax", INDUSTRY).departmentCode()).isEqualTo("tax");
    }

    @Test
    void onEqualPriorityTheLowerIdWins() {
        assertThat(router.route("fire", INDUSTRY).departmentCode()).isEqualTo("fire");
    }

    @Test
    void aGroupLeadRuleIsPassedOverWhenTheGroupHasNoLead() {
        assertThat(router.route("municipal", LEADERLESS).departmentCode()).isEqualTo("urban");
    }

    @Test
    void withoutAGroupOnlyCategoryRulesApply() {
        assertThat(router.route("municipal", null).departmentCode()).isEqualTo("urban");
        assertThat(router.route("arrears", null).departmentCode()).isEqualTo("miit");
    }

    @Test
    void whatNoRuleRoutesGoesToTheDispatcher() {
        RoutingDecision d = router.route("other", NANGUAN);
        assertThat(d.departmentCode()).isEqualTo("approval");
        assertThat(d.reason()).contains("no rule for other", "dispatcher approval");
    }
}
