package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.calendar.OfficialCalendar;
import cn.xuanhua.bot.core.learning.Learned;
import cn.xuanhua.bot.core.learning.LearnedAppeal;
import cn.xuanhua.bot.core.learning.LearnedNewMatter;
import cn.xuanhua.bot.core.learning.LearnedRouting;
import cn.xuanhua.bot.core.learning.LinearClassifier;
import cn.xuanhua.bot.core.learning.TrainingReport;
import cn.xuanhua.bot.core.seed.SeedDictionary;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the judge of a new matter may and may not overrule, with judges sure either way: it turns a follow-up into an
 * appeal of its own (routed on the words after the opening on the open one), an appeal into a 补充 of the open one;
 * never a message that names an open appeal by number, never a writer with nothing open, never staff.
 */
class LearnedNewMatterGuardTest {
    private static final SenderContext.OpenAppeal HEATING = new SenderContext.OpenAppeal("XH20261120-0007",
            "店里暖气片从上礼拜开始就不热，屋里才十来度，麻烦热力公司给看看", null, "heating");
    private static final SenderContext WITH_HEATING_OPEN = new SenderContext(Speaker.OWNER, List.of(HEATING));

    private static Intake judgeSure(boolean newMatter) {
        LinearClassifier sure = new LinearClassifier(List.of(LearnedNewMatter.NEW, LearnedNewMatter.NOT_NEW),
                new long[0], new float[0], newMatter ? new float[]{5f, -5f} : new float[]{-5f, 5f});
        return new Intake(SeedDictionary.load(), OfficialCalendar.calendar(), new Learned(LearnedRouting.NONE,
                LearnedAppeal.NONE, new LearnedNewMatter(sure, 0.9, 0.1, TrainingReport.NONE)));
    }

    private static IntakeDraft assess(Intake intake, String text, SenderContext sender) {
        return intake.assess(text, ZonedDateTime.parse("2026-11-27T10:00:00+08:00[Asia/Shanghai]"),
                SeedDictionary.groups().get("tw-nanguan"), sender);
    }

    @Test
    void aFollowUpTheJudgeIsSureRaisesANewMatterBecomesAnAppealRoutedOnItsOwnWords() {
        String text = "暖气那个还不热 热力的人说管子得换 店的营业执照地址写错了一个字 银行开户不给办";
        IntakeDraft rules = assess(new Intake(SeedDictionary.load(), OfficialCalendar.calendar()), text,
                WITH_HEATING_OPEN);
        assertThat(rules.appeal()).isFalse();
        IntakeDraft judged = assess(judgeSure(true), text, WITH_HEATING_OPEN);
        assertThat(judged.appeal()).isTrue();
        assertThat(judged.act().reasons()).containsExactly(Triage.MODEL_NEW_MATTER);
        assertThat(judged.departmentCode()).isNotEqualTo("heating");
    }

    @Test
    void anAppealTheJudgeIsSureIsAboutTheOpenOneBecomesItsFollowUpWhenItSharesAWordOfItsMatter() {
        SenderContext.OpenAppeal lamp = new SenderContext.OpenAppeal("XH20261120-0009", "门口的路灯坏了三天了 晚上黑乎乎的",
                null, "urban");
        SenderContext withLampOpen = new SenderContext(Speaker.OWNER, List.of(lamp));
        String text = "门口的井盖丢了 晚上路过很危险 麻烦城管尽快补上";
        assertThat(assess(new Intake(SeedDictionary.load(), OfficialCalendar.calendar()), text, withLampOpen)
                .appeal()).isTrue();
        IntakeDraft judged = assess(judgeSure(false), text, withLampOpen);
        assertThat(judged.appeal()).isFalse();
        assertThat(judged.act().act()).isEqualTo(ConversationAct.FOLLOW_UP);
        assertThat(judged.act().appealNumber()).isEqualTo(lamp.number());
        assertThat(judged.act().reasons()).containsExactly(Triage.MODEL_ABOUT_OPEN);
    }

    @Test
    void aPlainNewProblemSharingNothingWithTheOpenOneStaysAnAppealHoweverSureTheJudge() {
        IntakeDraft judged = assess(judgeSure(false), "门口路灯坏了好几天了 晚上黑乎乎的 麻烦给修一下", WITH_HEATING_OPEN);
        assertThat(judged.appeal()).isTrue();
        assertThat(judged.act().reasons()).doesNotContain(Triage.MODEL_ABOUT_OPEN);
    }

    @Test
    void aMessageNamingTheOpenAppealByNumberStaysTheRules() {
        IntakeDraft judged = assess(judgeSure(true), "XH20261120-0007 还是不热 啥时候来人", WITH_HEATING_OPEN);
        assertThat(judged.appeal()).isFalse();
        assertThat(judged.act().reasons()).doesNotContain(Triage.MODEL_NEW_MATTER);
    }

    @Test
    void withNothingOpenOrFromStaffTheJudgeIsNotAsked() {
        assertThat(assess(judgeSure(true), "好的 知道了", SenderContext.OWNER).appeal()).isFalse();
        assertThat(assess(judgeSure(true), "暖气那个我们明天再去看一下",
                new SenderContext(Speaker.STAFF, List.of(HEATING))).appeal()).isFalse();
        assertThat(assess(judgeSure(false), "门口路灯坏了好几天了 晚上黑乎乎的 麻烦给修一下", SenderContext.OWNER)
                .appeal()).isTrue();
    }
}
