package cn.xuanhua.bot.admin.learning;

import cn.xuanhua.bot.core.routing.Matter;
import cn.xuanhua.bot.core.routing.MatterTerms;
import cn.xuanhua.bot.core.routing.ResponsibilityCatalogue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningClauseVariantsTest {
    private static final ResponsibilityCatalogue CATALOGUE = new ResponsibilityCatalogue(List.of(
            new Matter("street-lights", "城区路灯", "municipal", "urban", null,
                    MatterTerms.terms("路灯:6, 灯:1, 路灯不亮:7"), List.of(), List.of()),
            new Matter("tap-water", "停水", "utilities", "watersupply", null,
                    MatterTerms.terms("停水:6"), List.of(), List.of())), List.of());

    private static BesideOpenExample beside(String text, String openText, boolean newMatter) {
        return new BesideOpenExample(text, "tw-nanguan", "XH20260301-0001", openText, "urban", newMatter);
    }

    @Test
    void eachVariantOpensOnTheOpenAppealsWordAndKeepsItsLabel() {
        List<BesideOpenExample> variants = OpeningClauseVariants.of(List.of(
                beside("隔壁饭店油烟太大了", "店门口路灯不亮半个月了", true),
                beside("晚上顾客都不敢来了", "店门口路灯不亮半个月了", false)), CATALOGUE, 10);

        assertThat(variants).hasSize(2);
        // The longest term of the open appeal's matter that its text holds names it: 路灯不亮, not 路灯 or 灯.
        assertThat(variants).allSatisfy(v -> assertThat(v.text()).startsWith("路灯不亮"));
        assertThat(variants.get(0).text()).endsWith("隔壁饭店油烟太大了");
        assertThat(variants.get(0).newMatter()).isTrue();
        assertThat(variants.get(1).text()).endsWith("晚上顾客都不敢来了");
        assertThat(variants.get(1).newMatter()).isFalse();
    }

    @Test
    void asManyNewMattersAsFollowUpsAtMostTheLimitASide() {
        List<BesideOpenExample> examples = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            examples.add(beside("新问题" + i, "门口路灯坏了", true));
        }
        for (int i = 0; i < 7; i++) {
            examples.add(beside("还是黑的" + i, "门口路灯坏了", false));
        }

        assertThat(OpeningClauseVariants.of(examples, CATALOGUE, 100)).hasSize(14);
        List<BesideOpenExample> capped = OpeningClauseVariants.of(examples, CATALOGUE, 5);
        assertThat(capped).filteredOn(BesideOpenExample::newMatter).hasSize(5);
        assertThat(capped).filteredOn(v -> !v.newMatter()).hasSize(5);
    }

    @Test
    void noVariantForAnOpenAppealTheCatalogueCannotPlaceNorForOneAlreadyOpeningOnItNorForACorrection() {
        List<BesideOpenExample> variants = OpeningClauseVariants.of(List.of(
                beside("隔壁饭店油烟太大了", "村里的事一直没人管", true),
                beside("路灯那个还没修 今天又黑了", "门口路灯坏了", false),
                BesideOpenExample.correction("隔壁饭店油烟太大了", "tw-nanguan", "XH20260301-0001", "门口路灯坏了",
                        "urban"),
                beside("晚上顾客都不敢来了", "门口路灯坏了", false)), CATALOGUE, 10);

        // Only the last is left, and with no new matter to balance it nothing is made.
        assertThat(variants).isEmpty();
    }
}
