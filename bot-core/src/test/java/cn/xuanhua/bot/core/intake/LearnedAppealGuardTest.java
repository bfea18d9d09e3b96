package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.calendar.OfficialCalendar;
import cn.xuanhua.bot.core.learning.Learned;
import cn.xuanhua.bot.core.learning.LearnedAppeal;
import cn.xuanhua.bot.core.learning.LearnedRouting;
import cn.xuanhua.bot.core.learning.LinearClassifier;
import cn.xuanhua.bot.core.learning.TrainingReport;
import cn.xuanhua.bot.core.seed.SeedDictionary;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the learned appeal judge may and may not overrule, with a judge sure that nothing is an appeal. */
class LearnedAppealGuardTest {
    /** No features, a bias that puts p(appeal) near zero for every message. */
    private static final LinearClassifier SURE_NOTHING_IS_AN_APPEAL = new LinearClassifier(
            List.of(LearnedAppeal.APPEAL, LearnedAppeal.NOT_APPEAL), new long[0], new float[0], new float[]{-5f, 5f});
    private static final Intake INTAKE = new Intake(SeedDictionary.load(), OfficialCalendar.calendar(),
            new Learned(LearnedRouting.NONE, new LearnedAppeal(SURE_NOTHING_IS_AN_APPEAL, 2.0, 0.5, TrainingReport.NONE)));

    private static IntakeDraft assess(String text) {
        return INTAKE.assess(text, ZonedDateTime.parse("2026-11-27T10:00:00+08:00[Asia/Shanghai]"),
                SeedDictionary.groups().get("ind-startup"), new SenderContext(Speaker.OWNER, List.of()));
    }

    @Test
    void aPlainRequestWithNothingAgainstItIsNotRuledOut() {
        IntakeDraft d = assess("营业执照变更材料交了两周了,麻烦帮忙催一下审批");
        assertThat(d.appeal()).isTrue();
        assertThat(d.reasons()).doesNotContain("model.not-appeal");
    }

    @Test
    void aRequestBesideANoiseCueOrAReportWithoutARequestIsTheJudgesToRuleOut() {
        assertThat(assess("谢谢领导,麻烦再催一下审批").reasons()).contains("model.not-appeal");
        assertThat(assess("厂门口的路灯坏了三天了").reasons()).contains("model.not-appeal");
    }

    @Test
    void aLoneRequestWordInAStoryIsTheJudgesToRuleOut() {
        assertThat(assess("续贷的事去年我们也碰上了，找金融服务中心开了个协调会，银行最后同意先续后还").reasons())
                .contains("model.not-appeal");
    }
}
