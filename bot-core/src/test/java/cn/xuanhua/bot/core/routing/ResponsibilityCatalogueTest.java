package cn.xuanhua.bot.core.routing;

import cn.xuanhua.bot.core.seed.SeedDictionary;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** Confusions between close owners that the seeded catalogue settles, each with a case of either side. */
    @Nested
    class TheSeededCatalogue {
        private final ResponsibilityCatalogue seeded = new ResponsibilityCatalogue(SeedDictionary.load().matters(),
                SeedDictionary.load().agencies());

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                // What the township office promised, asked of businesses or is asked to settle is its own, whatever
                // the topic; the topic alone stays with its bureau.
                "乡里答应帮俺们合作社在村里租块地建冷库 村委迟迟不开会表决 | LOCAL",
                "乡里让俺们合作社报年底分红的材料 发的表格公式是错的 | LOCAL",
                "合作社新选的理事长不让入社户查账 | agri",
                "街道让我们一周报一回小微企业用工数据 太勤了 | LOCAL",
                "厂里招不到人 缺二十个操作工 | hrss",
                // A filling station's licence is commerce's; a fire hazard by it is not, nor short measure at its pumps.
                "加油站门口有人天天摆摊 生着炉子 离加油机不到十米 | fire",
                "镇上那个加油站 加油老加不满 怀疑油枪有问题 | samr",
                "加油站的成品油零售经营批准证书要年检吗 | commerce",
                // People made sick by food are food safety; the health certificate is the health bureau's.
                "那家麻辣烫吃完半夜全拉肚子 后厨苍蝇乱飞 | samr",
                "新来的服务员健康证在哪办 | health",
                // Branches on a power line are the power company's, a fire the fire brigade's.
                "门口大树枝子压着电线 风一刮冒火花 | power",
                "仓库着火了 | fire",
                // A driving school is transport's, other training schools education's.
                "想开个驾驶员培训学校 需要哪些手续 | transport",
                "想办个补习班 办学许可证咋办 | edu",
                // A chamber of commerce reports to civil affairs, a company to market regulation.
                "商会的年报在哪报 | civil",
                "个体户年报怎么报 | samr"})
        void settlesTheOwner(String text, String owner) {
            CatalogueReading r = seeded.read(text);
            assertThat(r.placed()).as(text).isTrue();
            assertThat(r.matter().ownerCode()).as(text + " -> " + r.matter().code()).isEqualTo(owner);
        }
    }
}
