package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.routing.Matter;
import cn.xuanhua.bot.core.routing.MatterTerms;
import cn.xuanhua.bot.core.routing.ResponsibilityCatalogue;
import cn.xuanhua.bot.core.seed.SeedDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A swindle goes to the police first, whatever unit it names (docs/intake.md, "Who acts first"). */
class CrimeFirstTest {

    private static final Map<String, ChatGroup> GROUPS = SeedDictionary.groups();
    private static final Triage TRIAGE = new Triage(SeedDictionary.load());

    @ParameterizedTest
    @ValueSource(strings = {
            "有人冒充税务局给我打电话 说我们店发票异常 让加QQ转保证金 没转 是不是骗子 我咋核实",
            "天泰寺街那块有人冒充市场监管局的来店里收诚信经营牌的钱，一个牌子300，好几家都交了",
            "店铺被人在点评平台连发差评，对方私信索要2000元才肯删，请求处理",
            "店里被人骗了，有人冒充供货商加微信，让先转了八千定金，然后就拉黑了",
            "宾馆前台收到一条短信，说被列入异常经营名录，要交保证金才能移出，还有个链接，这是不是诈骗？"})
    void aSwindleGoesToThePoliceThoughItNamesAnotherUnit(String text) {
        TriageResult r = TRIAGE.assess(text, GROUPS.get("tw-nanguan"));
        assertThat(r.routing().departmentCode()).isEqualTo("police");
        assertThat(r.routeSource()).isEqualTo("route.crime-first");
        // Its category (and time limit) is the fraud matter's, not that of the unit the swindler pretended to be.
        assertThat(r.category().category().code()).isEqualTo("public-security");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "灭火器过期了去哪充装 有没有消防认可的点 别让人给骗了",
            "店里的移动副卡被停机了 说涉嫌诈骗关停 我们是正常用的 营业厅说要总部审核",
            "村里有人搞养老投资 说年化20% 好多老人都投了 我看是骗子 谁来管管",
            "厂里去年被一家外地客户骗了货 六十多万 想找律师咨询下 区里有没有免费的法律服务",
            "举报隔壁药店骗保 拿医保卡刷生活用品"})
    void notEveryMentionOfASwindleIsTheWritersOwnForThePolice(String text) {
        TriageResult r = TRIAGE.assess(text, GROUPS.get("tw-nanguan"));
        assertThat(r.routeSource()).isNotEqualTo("route.crime-first");
    }

    @Test
    void theUnitIsTheFraudMattersOwnerAndWithoutThatMatterNothingIsDecided() {
        Matter fraud = new Matter(CrimeFirst.FRAUD_MATTER, "诈骗", "public-security", "police-b", null,
                MatterTerms.terms("诈骗:6"), List.of(), List.of());
        Matter other = new Matter("tax-invoice", "发票", "tax", "tax", null, MatterTerms.terms("发票:6"), List.of(),
                List.of());
        String swindle = "有人冒充税务局打电话让转保证金 是不是骗子";
        assertThat(new CrimeFirst(new ResponsibilityCatalogue(List.of(other, fraud), List.of())).decide(swindle))
                .hasValueSatisfying(d -> assertThat(d.departmentCode()).isEqualTo("police-b"));
        assertThat(new CrimeFirst(new ResponsibilityCatalogue(List.of(other), List.of())).decide(swindle)).isEmpty();
    }
}
