package cn.xuanhua.bot.core.digest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static cn.xuanhua.bot.core.digest.AppealRow.at;
import static org.assertj.core.api.Assertions.assertThat;

class DigestTextTest {
    private static final DigestPeriod W47 = DigestPeriod.parse("2026-W47");
    private static final DigestWindow WEEK = new DigestWindow(at("2026-11-16T00:00"), at("2026-11-23T00:00"),
            at("2026-11-23T00:00"), List.of());

    private static WeeklyDigest digest(DigestCounts counts, List<OverdueAppeal> overdue, List<DepartmentRank> departments,
                                       List<DepartmentRank> townships, boolean district) {
        return new WeeklyDigest("tw-nanguan", "南关街道市场主体交流群", W47, WEEK, district, counts, counts.rates(),
                List.of(new CategoryCount("municipal", "市政设施", 2), new CategoryCount("tax", "税费", 1)),
                overdue, departments, townships, counts.created());
    }

    @Test
    void showsTheWeeksNumbersAndTheFourRatesWithTheirFractions() {
        DigestCounts c = new DigestCounts(3, 2, 2, 1, 1, 1, 1, 1, 2, 0);
        String text = DigestText.markdown(digest(c, List.of(), List.of(), List.of(), false));

        assertThat(text).startsWith("## 南关街道市场主体交流群 周报")
                .contains("**2026-W47** 11月16日—11月22日")
                .contains("新增诉求 **3** 件 · 受理 **2** 件 · 办结 **1** 件")
                .contains("未办结 **2** 件 · 超期 **0** 件")
                .contains("响应率 **66.7%** (2/3)")
                .contains("按时办结率 **100.0%** (1/1)")
                .contains("解决率 **100.0%** (1/1)")
                .contains("满意率 **100.0%** (1/1)")
                .contains("**热点类别** 市政设施 2 件 · 税费 1 件")
                .contains("**超期诉求** 无")
                .doesNotContain("排名");
    }

    @Test
    void saysHowManyBusinessesTheAppealsReachedWhenSeveralJoinedOne() {
        DigestCounts c = new DigestCounts(3, 2, 2, 1, 1, 1, 1, 1, 2, 0);
        WeeklyDigest merged = new WeeklyDigest("tw-nanguan", "南关街道市场主体交流群", W47, WEEK, false, c, c.rates(),
                List.of(), List.of(), List.of(), List.of(), 12);

        assertThat(DigestText.markdown(merged)).contains("新增诉求 **3** 件 (涉及 **12** 家企业) · 受理 **2** 件");
        assertThat(DigestText.markdown(digest(c, List.of(), List.of(), List.of(), false)))
                .as("one business per appeal is not worth saying").doesNotContain("家企业");
    }

    @Test
    void anEmptyWeekSaysThereIsNothingToRateInsteadOfZero() {
        String text = DigestText.markdown(digest(DigestCounts.NONE, List.of(), List.of(), List.of(), false));

        assertThat(text).contains("响应率 — (本周无新增诉求)", "按时办结率 — (本周无办结)", "解决率 — (本周无办结)",
                "满意率 — (本周无评价)").doesNotContain("NaN").doesNotContain("0.0%");
    }

    @Test
    void listsOverdueAppealsByNumberAndDepartment() {
        DigestCounts c = new DigestCounts(0, 0, 0, 0, 0, 0, 0, 0, 2, 2);
        List<OverdueAppeal> overdue = List.of(
                new OverdueAppeal("XH20261109-0003", "hrss", "人社局", at("2026-11-13T17:00")),
                new OverdueAppeal("XH20261110-0001", "urban", "城市管理局", at("2026-11-17T09:30")));

        String text = DigestText.markdown(digest(c, overdue, List.of(), List.of(), false));

        assertThat(text).contains("**超期诉求** 2 件", "> XH20261109-0003 · 人社局 · 期限 11-13 17:00",
                "> XH20261110-0001 · 城市管理局 · 期限 11-17 09:30");
    }

    @Test
    void aLargeDistrictDigestStaysWithinWeComsLimitAndSaysWhatItLeftOut() {
        DigestCounts c = new DigestCounts(900, 800, 850, 700, 650, 690, 500, 470, 300, 120);
        List<OverdueAppeal> overdue = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            overdue.add(new OverdueAppeal(String.format("XH20261109-%04d", i), "land", "自然资源和规划局",
                    at("2026-11-13T17:00")));
        }
        List<DepartmentRank> departments = new ArrayList<>();
        List<DepartmentRank> townships = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            departments.add(new DepartmentRank(i, "d" + i, "国网张家口市宣化区供电公司" + i, c, c.rates()));
        }
        for (int i = 1; i <= 21; i++) {
            townships.add(new DepartmentRank(i, "t" + i, "塔儿村乡人民政府" + i, c, c.rates()));
        }

        String text = DigestText.markdown(digest(c, overdue, departments, townships, true));

        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(DigestText.MAX_BYTES);
        assertThat(text).startsWith("## 全区诉求周报").contains("**部门排名**", "**乡镇(街道)排名**", "1. 国网张家口市宣化区供电公司1 响应89%")
                .contains("其余见管理后台").contains("另有").contains("响应率 **88.9%** (800/900)");
    }

    @Test
    void thisWeeksDigestSaysUpToWhen() {
        DigestWindow soFar = new DigestWindow(at("2026-11-16T00:00"), at("2026-11-23T00:00"),
                at("2026-11-18T15:30"), List.of());
        WeeklyDigest d = new WeeklyDigest("tw-nanguan", "南关街道市场主体交流群", W47, soFar, false, DigestCounts.NONE,
                DigestCounts.NONE.rates(), List.of(), List.of(), List.of(), List.of(), 0);

        assertThat(DigestText.markdown(d)).contains("(本周截至 11月18日 15:30)");
    }
}
