package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.calendar.OfficialCalendar;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.seed.SeedDictionary;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The composed pipeline on the seeded dictionaries and the official calendar. */
class IntakeTest {
    private static final ZonedDateTime FRIDAY = ZonedDateTime.parse("2023-08-04T10:00:00+08:00[Asia/Shanghai]");
    private final Intake intake = new Intake(SeedDictionary.load(), OfficialCalendar.calendar());
    private final ChatGroup nanguan = SeedDictionary.groups().get("tw-nanguan");

    @Test
    void turnsAProblemReportIntoARoutedDraftWithTheCategoryTimeLimit() {
        IntakeDraft d = intake.assess("厂区门口的路灯坏了三天了,晚上工人下班很不安全", FRIDAY, nanguan);
        assertThat(d.appeal()).isTrue();
        assertThat(d.category().code()).isEqualTo("municipal");
        assertThat(d.departmentCode()).as("a street light in the city is 城管's, not the street office's").isEqualTo("urban");
        assertThat(d.requestedDeadline()).isEmpty();
        assertThat(d.urgent()).isFalse();
        // 市政设施: 3 working days after Friday 2023-08-04 is Wednesday 08-09, end of day.
        assertThat(d.dueAt()).isEqualTo(ZonedDateTime.parse("2023-08-09T23:59:59+08:00[Asia/Shanghai]"));
    }

    @Test
    void masksBeforeReadingAndTakesAnEarlierStatedDeadlineAsUrgent() {
        IntakeDraft d = intake.assess("这周六之前能否安排人来看一下道路积水,联系电话13812345678", FRIDAY, nanguan);
        assertThat(d.maskedText()).doesNotContain("13812345678").contains("138****5678");
        assertThat(d.requestedDeadline()).hasValueSatisfying(s ->
                assertThat(s.at().toLocalDate()).hasToString("2023-08-05"));
        assertThat(d.urgent()).isTrue();
        assertThat(d.dueAt().toLocalDate()).hasToString("2023-08-05");
        assertThat(d.reasons()).contains("masked.mobile", "due.stated-deadline-earlier");
    }

    @Test
    void anOrderTheWriterReceivedIsNoGovernmentReplyButAnOrderGivenIs() {
        // V25: a bare 责令 is an order passed on by the business it was given to; 已责令 tells of one given
        IntakeDraft passedOn = intake.assess("环保检查说我们中频炉的除尘不达标，责令8月31日前整改完，可设备厂家说最快9月中才能到货，"
                + "能不能申请延期", FRIDAY, nanguan);
        assertThat(passedOn.appeal()).isTrue();
        assertThat(passedOn.reasons()).doesNotContain("veto.gov-reply");
        IntakeDraft reply = intake.assess("已责令该商户三日内整改", FRIDAY, nanguan);
        assertThat(reply.appeal()).isFalse();
        assertThat(reply.reasons()).contains("veto.gov-reply");
    }

    @Test
    void aSwindleIsInTheFraudMatterNotInTheMatterOfTheUnitItPretendedToBe() {
        IntakeDraft d = intake.assess("有人冒充市场监管局的打电话，说我们店营业执照年报没报要罚款，让扫码交钱，是不是骗子", FRIDAY,
                nanguan);
        assertThat(d.departmentCode()).isEqualTo("police");
        assertThat(d.matterCode()).isEqualTo(CrimeFirst.FRAUD_MATTER);
        assertThat(d.category().code()).isEqualTo("public-security");
    }

    @Test
    void saysNotAnAppealForThanksAndStillMasks() {
        IntakeDraft d = intake.assess("谢谢领导,收到", FRIDAY, nanguan);
        assertThat(d.appeal()).isFalse();
        assertThat(d.reasons()).anyMatch(r -> r.startsWith("noise."));
    }

    @Test
    void handlesEmptyEmojiDigitsAndVeryLongTextWithoutFailing() {
        assertThat(intake.assess("", FRIDAY, null).appeal()).isFalse();
        assertThat(intake.assess("😀😀👍", FRIDAY, null).appeal()).isFalse();
        assertThat(intake.assess("1234567890123", FRIDAY, null).appeal()).isFalse();
        assertThat(intake.assess("路灯坏了".repeat(2500), FRIDAY, null)).isNotNull();
        assertThatThrownBy(() -> intake.assess("x".repeat(Intake.MAX_TEXT_LENGTH + 1), FRIDAY, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void routesANewMatterRaisedAfterAWordOnTheOpenOneByItsOwnWords() {
        SenderContext writer = ownerWithOpenAppeal("店门口的井盖塌了一半 晚上很危险");
        String text = "井盖那个还没人来 现在又有个事 我们的营业执照要变更经营范围 网上一直提交不了";
        IntakeDraft d = intake.assess(text, FRIDAY, nanguan, writer);
        assertThat(d.act().act()).isEqualTo(ConversationAct.APPEAL);
        assertThat(d.departmentCode()).as("the licence is 审批局's; the manhole before the marker is the open appeal's")
                .isEqualTo("approval");
        assertThat(d.category().code()).isEqualTo("license");
        // read whole, as from a writer with nothing open, the manhole pulls it to 城管
        assertThat(intake.assess(text, FRIDAY, nanguan).departmentCode()).isEqualTo("urban");
    }

    @Test
    void judgesANewMatterAfterThanksForTheOpenOneOnItsOwnWords() {
        SenderContext writer = ownerWithOpenAppeal("饭店后厨暖气不热 师傅们冻得干不了活");
        String text = "暖气那个修好了 谢谢 还有个事 我们店的营业执照地址要变更 网上一直提交不了";
        IntakeDraft d = intake.assess(text, FRIDAY, nanguan, writer);
        assertThat(d.act().act()).as("the thanks are for the open appeal; the licence is new").isEqualTo(
                ConversationAct.APPEAL);
        assertThat(d.departmentCode()).isEqualTo("approval");
        // words after the marker about the open appeal follow it up
        assertThat(intake.assess("暖气那个修好了 谢谢 另外后厨暖气还是有点不热 麻烦师傅再来看看", FRIDAY, nanguan, writer)
                .act().act()).isEqualTo(ConversationAct.FOLLOW_UP);
    }

    @Test
    void takesAnotherOwnersMatterAfterAnOpeningClauseOnTheOpenOneForANewAppeal() {
        SenderContext writer = ownerWithOpenAppeal("饭店后厨暖气不热 师傅们冻得干不了活");
        IntakeDraft d = intake.assess("暖气那个还在等结果 店里被市场监管罚了五千 能不能申诉", FRIDAY, nanguan, writer);
        assertThat(d.act().act()).as("no marker, but a fine is plainly another owner's matter than the heating")
                .isEqualTo(ConversationAct.APPEAL);
        assertThat(d.departmentCode()).isEqualTo("samr");
        // what the office said of the open appeal, after naming it, follows it up (a training writer's follow-up)
        SenderContext brickworks = ownerWithOpenAppeal("砖厂用地办理土地证");
        assertThat(intake.assess("土地证那事 自然资源那边说在调档案 调完了没", FRIDAY, nanguan, brickworks).act().act())
                .isNotEqualTo(ConversationAct.APPEAL);
    }

    @Test
    void takesWhatFollowsTheOpenOneDoneAndATurnForANewAppealEvenOfTheSameUnit() {
        SenderContext writer = ownerWithOpenAppeal("道路运输证年审显示逾期");
        IntakeDraft d = intake.assess("运输证年审好了 现在是我们两个司机的从业资格证 到期了 网上续不了 明天一早就要出车", FRIDAY,
                nanguan, writer);
        assertThat(d.act().act()).as("the permit is done; the drivers' certificates are a second matter for 交通局")
                .isEqualTo(ConversationAct.APPEAL);
        assertThat(d.departmentCode()).isEqualTo("transport");
        // what is wrong after the turn is the new matter's, not the old one back ("没弄好"), and words it shares
        // with the open one (银行, 协调) do not make it the same problem once that one is done
        assertThat(intake.assess("移动信号好了 现在是我的手机号被停了 说实名认证有问题 去营业厅排了俩小时也没弄好", FRIDAY,
                nanguan, ownerWithOpenAppeal("库房里移动信号太差")).act().act()).isEqualTo(ConversationAct.APPEAL);
        assertThat(intake.assess("贷款的事协调好了 谢谢 现在是另一家银行说我们征信有个逾期记录 其实是银行自己扣款失败 能帮协调撤销吗",
                FRIDAY, nanguan, ownerWithOpenAppeal("银行抽贷 月底前帮协调")).act().act())
                .isEqualTo(ConversationAct.APPEAL);
        SenderContext lamp = ownerWithOpenAppeal("店门口路灯不亮一个多礼拜了");
        assertThat(intake.assess("路灯修好了 可是今天又不亮了", FRIDAY, nanguan, lamp).act().act())
                .as("it carries the lamp on").isEqualTo(ConversationAct.FOLLOW_UP);
    }

    @Test
    void takesWhatFollowsWordsThatSayAnotherMatterFollowsForANewAppealEvenOfTheSameUnit() {
        SenderContext writer = ownerWithOpenAppeal("大棚补贴到现在还没发");
        IntakeDraft d = intake.assess("补贴那个是大棚的 这回是我家的耕地地力补贴 卡里少了一半", FRIDAY, nanguan, writer);
        assertThat(d.act().act()).isEqualTo(ConversationAct.APPEAL);
        assertThat(d.departmentCode()).isEqualTo("agri");
    }

    @Test
    void takesWhatFollowsWordsThatTurnAwayFromTheOpenOneForANewAppealOfAnotherOwner() {
        SenderContext writer = ownerWithOpenAppeal("理发店申请个体户税务登记");
        IntakeDraft d = intake.assess("税务那个先不急 我想问一下 我们店门口人行道的地砖翘起来了 好几个客人绊倒了", FRIDAY,
                nanguan, writer);
        assertThat(d.act().act()).isEqualTo(ConversationAct.APPEAL);
        assertThat(d.departmentCode()).isEqualTo("urban");
    }

    @Test
    void classifiesWhatFollowsAnOpeningClauseOnTheOpenOneOnItsOwnWords() {
        SenderContext writer = ownerWithOpenAppeal("修车铺门口的自来水管漏了好几天");
        IntakeDraft d = intake.assess("水管那事儿师傅修好了 铺子的营业执照想加个卖轮胎的经营范围 去哪办", FRIDAY, nanguan,
                writer);
        assertThat(d.act().act()).as("the report on the pipe outweighed the licence question after it")
                .isEqualTo(ConversationAct.APPEAL);
    }

    @Test
    void asksAfterTheOpenOneWhenWhatFollowsItsOpeningAsksWhetherItIsDone() {
        SenderContext writer = ownerWithOpenAppeal("限上企业入库要什么材料");
        assertThat(intake.assess("入库的事 统计局审了没", FRIDAY, nanguan, writer).act().act())
                .isNotEqualTo(ConversationAct.APPEAL);
    }

    @Test
    void followsTheOpenOneUpWhenTheWriterPassesOnWhatItsUnitSaid() {
        SenderContext writer = new SenderContext(Speaker.OWNER, List.of(
                new SenderContext.OpenAppeal("XH20231018-0031", "鸭场的电价按农业电价", null, "power")));
        IntakeDraft d = intake.assess("供电所的人说要提供养殖场备案证明 我们只有村里开的证明 行不行", FRIDAY, nanguan, writer);
        assertThat(d.act().act()).isEqualTo(ConversationAct.FOLLOW_UP);
        assertThat(d.act().reasons()).containsExactly("act.follow-up.its-unit-answered");
        assertThat(d.act().appealNumber()).isEqualTo("XH20231018-0031");
        // another unit telling the writer something is no answer on this appeal
        SenderContext atHrss = new SenderContext(Speaker.OWNER, List.of(
                new SenderContext.OpenAppeal("XH20231018-0032", "员工被机器压伤 工伤认定", null, "hrss")));
        assertThat(intake.assess("环保的来说我们喷漆房要装活性炭 我们哪来得及 能不能宽限到月底", FRIDAY, nanguan, atHrss)
                .act().act()).isEqualTo(ConversationAct.APPEAL);
    }

    private static SenderContext ownerWithOpenAppeal(String text) {
        return new SenderContext(Speaker.OWNER, List.of(new SenderContext.OpenAppeal("XH20230802-0027", text)));
    }

    @Test
    void routesToTheDispatcherWhenNoRuleMatchesAndThereIsNoGroup() {
        IntakeDraft d = intake.assess("请问一下这个事情该找谁,麻烦帮忙看看", FRIDAY, null);
        assertThat(d.departmentCode()).isEqualTo("approval");
    }
}
