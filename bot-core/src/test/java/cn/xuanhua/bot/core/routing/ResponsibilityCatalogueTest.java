package cn.xuanhua.bot.core.routing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResponsibilityCatalogueTest {
    private static Matter matter(String code, String owner, String terms, String needs, String unless) {
        return new Matter(code, code, "other", owner, null, MatterTerms.terms(terms), MatterTerms.words(needs),
                MatterTerms.words(unless));
    }

    private final ResponsibilityCatalogue catalogue = new ResponsibilityCatalogue(List.of(
            matter("fire-inspection", "fire", "消防检查:7, 整改通知:4, 灭火器:6", null, null),
            matter("fire-acceptance", "housing", "消防验收:8", null, null),
            matter("debt-government", "miit", "欠款:4, 货款:4, 拖欠:4", "学校, 政府, 街道", null),
            matter("debt-private", "justice", "欠款:4, 货款:4, 拖欠:4", null, "学校, 政府, 街道"),
            matter("theft", "police", "被偷:7, 盗窃:7, 报案:4", null, null),
            matter("street-light", Matter.LOCAL, "路灯:6", null, null)),
            List.of(new Agency("派出所", "police"), new Agency("联通", "unicom")));

    @Test
    void theLongestTermWinsSoAnAcceptanceIsNotAnInspection() {
        CatalogueReading r = catalogue.read("我们新建的厂房消防验收一直没通过");
        assertThat(r.matter().code()).isEqualTo("fire-acceptance");
    }

    @Test
    void aMatterThatNeedsEvidenceCountsOnlyWithIt() {
        assertThat(catalogue.read("学校欠我们的货款半年了").matter().code()).isEqualTo("debt-government");
        assertThat(catalogue.read("客户欠我们的货款半年了").matter().code()).isEqualTo("debt-private");
    }

    @Test
    void evidenceIsSeenInsideALongerTerm() {
        // 街道 is evidence even where it is part of 街道办: evidence hits may overlap.
        assertThat(catalogue.read("街道办拖欠工程欠款").matter().code()).isEqualTo("debt-government");
    }

    @Test
    void aNamedAgencyAddsToTheMattersItOwnsAndIsReported() {
        CatalogueReading r = catalogue.read("店里被偷了,派出所报案一个月了没消息");
        assertThat(r.matter().code()).isEqualTo("theft");
        assertThat(r.score()).isEqualTo(7 + 4 + ResponsibilityCatalogue.AGENCY_BONUS);
        assertThat(r.agencies()).containsExactly("police");
    }

    @Test
    void anAgencyAloneIsReportedWithoutPlacingAMatter() {
        CatalogueReading r = catalogue.read("联通的宽带又不行了");
        assertThat(r.placed()).isFalse();
        assertThat(r.agencies()).containsExactly("unicom");
    }

    @Test
    void theRunnerUpIsTheBestMatterOfAnotherOwner() {
        CatalogueReading r = catalogue.read("消防检查说要整改通知,路灯也坏了");
        assertThat(r.matter().code()).isEqualTo("fire-inspection");
        assertThat(r.runnerUp().code()).isEqualTo("street-light");
        assertThat(r.runnerUpScore()).isEqualTo(6);
    }

    @Test
    void nothingFoundIsNone() {
        assertThat(catalogue.read("早上好")).isEqualTo(CatalogueReading.NONE);
        assertThat(catalogue.read("")).isEqualTo(CatalogueReading.NONE);
    }
}
