package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.calendar.OfficialCalendar;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.seed.SeedDictionary;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Thanks or news of a done matter, then another matter: intake reads what follows (docs/intake.md). */
class ThanksThenAnotherMatterTest {

    private static final ChatGroup GROUP = SeedDictionary.groups().get("tw-taercun");
    private static final Triage TRIAGE = new Triage(SeedDictionary.load());

    @Test
    void afterThanksAndAMarkerTheOtherMatterIsTheAppealAndDecidesTheUnit() {
        String text = "路修好了谢谢乡里。再问个事，饭庄想在院里搭个彩钢棚给客人遮阳，要审批不？别回头又说是违建";
        TriageResult r = TRIAGE.assess(text, GROUP);
        assertThat(r.appeal()).isTrue();
        assertThat(r.wordsRead()).startsWith("再问个事");
        // Read whole, 路 and 乡里 kept it with the township office.
        assertThat(r.routing().departmentCode()).isEqualTo("urban");
    }

    @Test
    void afterThanksAMatterSaidInFullNeedsNoMarker() {
        TriageResult r = TRIAGE.assess("商标的事问清楚了，谢谢。酒庄这几天用电老是电压低，一到中午空调和发酵罐的温控就跳，"
                + "供电所说是台区负荷大，能不能给个解决方案", GROUP);
        assertThat(r.appeal()).isTrue();
        assertThat(r.wordsRead()).startsWith("酒庄这几天");
        assertThat(r.routing().departmentCode()).isEqualTo("power");
    }

    @Test
    void aStepDoneAndTheNextAskedIsOneMatterReadWhole() {
        TriageResult r = TRIAGE.assess("我们项目的商品房预售许可材料交上去了，住建局说要等现场形象进度核验。"
                + "2月10号前能不能安排核验？开盘定在2月12号", GROUP);
        assertThat(r.wordsRead()).startsWith("我们项目");
        assertThat(r.routing().departmentCode()).isEqualTo("housing");
    }

    @Test
    void shortWordsAfterThanksWithoutAMarkerAreNotAnotherMatter() {
        ThanksThenAnotherMatter split = new ThanksThenAnotherMatter(words -> true, words -> true);
        assertThat(split.newMatterAt("谢谢孟主任 一直帮我们跑")).isZero();
        assertThat(split.newMatterAt("谢谢孟主任 另外门口的井盖丢了")).isEqualTo("谢谢孟主任 ".length());
        assertThat(split.newMatterAt("谢谢孟主任。门口的井盖丢了好几天了，晚上看不见，已经有人掉进去崴了脚")).isPositive();
        // After a thanks and a comma or space, only a turn makes what follows another matter: without one it is
        // mostly the same matter going on.
        assertThat(split.newMatterAt("跳闸那事谢谢供电公司 换了开关 可今天又跳了两回 麻烦再来看看 明天上午十点有个大单要开炉"))
                .isZero();
    }

    @Test
    void aHitchInTheMatterThankedForGoesOnWithIt() {
        ThanksThenAnotherMatter split = new ThanksThenAnotherMatter(words -> true, words -> true);
        assertThat(split.newMatterAt("谢谢城管给找了个地方。不过那地方没电，冬天太冷，能不能给拉个电，后天就搬过去了")).isZero();
    }

    @Test
    void onlyAnOpeningThatThanksOrReportsSomethingDoneIsSetAside() {
        ThanksThenAnotherMatter split = new ThanksThenAnotherMatter(words -> words.contains("谢谢"), words -> true);
        assertThat(split.newMatterAt("问一下。另外门口的井盖丢了")).isZero();
        assertThat(split.newMatterAt("好了谢谢。另外门口的井盖丢了")).isEqualTo("好了谢谢。".length());
    }

    @Test
    void besideAnOpenAppealANewMatterAfterThanksIsLeftToTheActReading() {
        SenderContext open = new SenderContext(Speaker.OWNER, List.of(
                new SenderContext.OpenAppeal("XH20260101-0001", "门口路灯坏了", "urban-management", "urban")));
        TriageResult r = TRIAGE.assess("路修好了谢谢乡里。再问个事，饭庄想在院里搭个彩钢棚给客人遮阳，要审批不？", GROUP, open);
        assertThat(r.wordsRead()).startsWith("路修好了");
    }

    @Test
    void whomTheMessageAddressesIsKeptBeforeTheOtherMatter() {
        ThanksThenAnotherMatter split = new ThanksThenAnotherMatter(words -> true, words -> true);
        assertThat(split.split("庞家堡镇领导，家属院化粪池的事镇里找人抽了，谢谢。现在家属院的路灯上个月开始就全不亮了，"
                + "老人晚上出来买东西看不见").words()).startsWith("庞家堡镇领导，现在家属院的路灯");
        assertThat(split.split("@区应急管理局 危化品许可证延期已经下来了，谢谢。现在想问一下，我们想在厂区增加一个甲类仓库，"
                + "需要做安全条件审查吗？").words()).startsWith("@区应急管理局 现在想问一下");
        assertThat(split.split("谢谢。另外门口的井盖丢了").words()).isEqualTo("另外门口的井盖丢了");
        assertThat(split.split("问一下门口的井盖丢了谁管")).isNull();
    }

    @Test
    void besideAnOpenAppealThanksForAnotherMatterThenWordsOnTheOpenOneFollowItUp() {
        SenderContext open = new SenderContext(Speaker.OWNER, List.of(new SenderContext.OpenAppeal(
                "XH20260101-0001", "合作社的机井电表坏了，浇地的电一直走不了账", "power-supply", "power")));
        TriageResult r = TRIAGE.assess("异常名录移出来了，年报补报了，谢谢。合作社的机井电表那个事还没人来看，都俩月了，马上春灌了",
                GROUP, open);
        assertThat(r.act().act()).isEqualTo(ConversationAct.FOLLOW_UP);
        assertThat(r.act().appealNumber()).isEqualTo("XH20260101-0001");
        assertThat(r.wordsRead()).startsWith("合作社的机井电表那个事");
    }

    @Test
    void thanksForTheOpenAppealItselfLeavesWhatFollowsToTheWholeReading() {
        SenderContext open = new SenderContext(Speaker.OWNER, List.of(new SenderContext.OpenAppeal(
                "XH20260101-0002", "饭店门口天天有人喝醉了打架", "public-security", "police")));
        String text = "派出所来了几回，打架的少了，谢谢。饭店后头那个山坡去年雨季塌过一回，开春冻土一化，怕又塌下来，镇里能不能给看看";
        assertThat(TRIAGE.assess(text, GROUP, open).wordsRead()).isEqualTo(text);
    }

    @Test
    void aTimeInTheThanksIsNoDeadlineOfTheMatterRaised() {
        Intake intake = new Intake(SeedDictionary.load(), OfficialCalendar.calendar());
        IntakeDraft d = intake.assess("新年好！元旦前反映的下水道反味那个事，社区已经找人疏通了，谢谢！另外问一下，"
                        + "我们店门口这两天有人摆摊卖对联，把店门堵了一半，顾客都进不来，这个归谁管？",
                ZonedDateTime.parse("2026-01-05T10:00:00+08:00[Asia/Shanghai]"), GROUP);
        assertThat(d.appeal()).isTrue();
        assertThat(d.requestedDeadline()).isEmpty();
    }
}
