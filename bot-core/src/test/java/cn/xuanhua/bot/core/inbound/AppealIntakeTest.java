package cn.xuanhua.bot.core.inbound;

import cn.xuanhua.bot.core.Secret;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealEventType;
import cn.xuanhua.bot.core.calendar.OfficialCalendar;
import cn.xuanhua.bot.core.command.CommandHandler;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.DisplayNames;
import cn.xuanhua.bot.core.org.PersonNames;
import cn.xuanhua.bot.core.org.GroupBinding;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.StaffAudiences;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffRole;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.seed.SeedDictionary;
import cn.xuanhua.bot.core.support.FakeAppeals;
import cn.xuanhua.bot.core.support.FakeDepartments;
import cn.xuanhua.bot.core.support.FakeGroups;
import cn.xuanhua.bot.core.support.FakeOutbox;
import cn.xuanhua.bot.core.support.FakeStaffDirectory;
import cn.xuanhua.bot.core.support.People;
import cn.xuanhua.bot.core.support.WeekdaysOnly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import static cn.xuanhua.bot.core.support.AppealFixture.ZONE;
import static cn.xuanhua.bot.core.support.AppealFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

/** Who speaks and what the message does decide what becomes of a group message, before its topic does. */
class AppealIntakeTest {
    private static final ZonedDateTime NOW = at("2026-11-26T10:15");
    private static final Intake INTAKE = new Intake(SeedDictionary.load(), OfficialCalendar.calendar());
    private static final String GROUP_OWNER = "nanguan.head";
    private static final String LANE = "我们小区门口胡同里堆了好多垃圾,路灯也坏了三天了,麻烦街道尽快管管";

    private final FakeAppeals appeals = new FakeAppeals();
    private final FakeStaffDirectory staff = People.directory();
    private final FakeDepartments departments = new FakeDepartments();
    private final FakeGroups groups = new FakeGroups();
    private final FakeOutbox outbox = new FakeOutbox();
    private final CommandHandler commands = new CommandHandler(appeals, staff, departments, groups, outbox, d -> { },
            new WeekdaysOnly(), text -> text, Clock.fixed(NOW.toInstant(), ZONE));
    private final AppealIntake intake = new AppealIntake(() -> INTAKE, appeals, departments, staff,
            new StaffAudiences(staff), outbox, commands, groups, "XH");
    private final InboundDispatcher dispatcher = new InboundDispatcher(commands, intake, groups);
    private final ChatGroup nanguan;
    private int messages;

    AppealIntakeTest() {
        groups.add(new ChatGroup("tw-nanguan", "南关街道市场主体交流群", GroupKind.TOWNSHIP, "wrNanguan", Secret.empty(),
                GroupBinding.WEBHOOK, GROUP_OWNER, "office-nanguan"));
        nanguan = groups.byCode("tw-nanguan").orElseThrow();
    }

    private InboundHandler.HandlingResult says(String userId, String text) {
        return dispatcher.handle(new InboundMessage("m" + ++messages, Channel.AIBOT, "wrNanguan", true, userId, text,
                "https://response/" + messages, NOW.plusMinutes(messages)));
    }

    private InboundHandler.HandlingResult privately(String userId, String text) {
        return dispatcher.handle(new InboundMessage("p" + ++messages, Channel.APP, null, false, userId, text, null,
                NOW.plusMinutes(messages)));
    }

    private List<Appeal> appealsOf(String requester) {
        return appeals.unclosedOfRequester("tw-nanguan", requester);
    }

    @Test
    void anOwnersProblemReportBecomesAnAppealOfTheTownshipOffice() {
        says("boss.li", LANE);
        assertThat(appealsOf("boss.li")).singleElement()
                .satisfies(a -> assertThat(a.departmentCode()).isEqualTo("office-nanguan"));
    }

    @Test
    void aMisspeltCommandOnOnesOwnAppealIsAnsweredWithTheCommandToSendOtherwiseItIsText() {
        says("boss.li", LANE);
        String number = appealsOf("boss.li").get(0).number().value();
        String digits = number.substring(number.length() - 4);

        says("boss.li", "补冲 " + digits + " 垃圾在东头");
        assertThat(outbox.messages()).anySatisfy(m -> assertThat(m.content()).contains("补充 " + number + " 垃圾在东头"));
        assertThat(appeals.stored(number).timeline().last(AppealEventType.SUPPLEMENTED)).isEmpty();

        InboundHandler.HandlingResult notMine = says("boss.wu", "进货 3000元的饮料 冰柜不够放了");
        assertThat(notMine.outcome()).doesNotContain("command");
    }

    @Test
    void theRequestersNameFromWeComIsStoredAndShownInTheGroupAndToStaffNeverTheirUserid() {
        PersonNames wecom = userId -> userId.equals("boss.li") ? Optional.of("李老板") : Optional.empty();
        AppealIntake named = new AppealIntake(() -> INTAKE, appeals, departments, staff, new StaffAudiences(staff),
                outbox, commands, groups, new DisplayNames(staff, wecom), "XH");
        InboundDispatcher withNames = new InboundDispatcher(commands, named, groups);

        withNames.handle(new InboundMessage("n1", Channel.AIBOT, "wrNanguan", true, "boss.li", LANE,
                "https://response/n1", NOW));
        withNames.handle(new InboundMessage("n2", Channel.AIBOT, "wrNanguan", true, "boss.zhou",
                "我们店门口的下水道堵了,污水漫到路上了,麻烦尽快来疏通一下",
                "https://response/n2", NOW.plusMinutes(1)));

        assertThat(appealsOf("boss.li")).singleElement()
                .satisfies(a -> assertThat(a.facts().requesterName()).isEqualTo("李老板"));
        assertThat(appealsOf("boss.zhou")).singleElement()
                .satisfies(a -> assertThat(a.facts().requesterName()).isNull());
        assertThat(outbox.messages()).anySatisfy(m -> assertThat(m.content())
                .contains("提交人: " + cn.xuanhua.bot.core.outbound.ChatText.md("bo***ou")));
        assertThat(outbox.messages()).isNotEmpty().allSatisfy(m -> assertThat(m.content())
                .doesNotContain("boss.li").doesNotContain("boss.zhou"));
        // The group's 诉求已登记 and the department's notice both name her.
        assertThat(outbox.messages()).filteredOn(m -> m.content().contains("李老板")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void staffFreeTextIsNeverAnAppealHoweverItReads() {
        InboundHandler.HandlingResult r = says(People.ZHANG.userId(), LANE);
        assertThat(r.outcome()).contains("not an appeal", "STAFF");
        assertThat(appeals.unclosed()).isEmpty();
        assertThat(outbox.messages()).isEmpty();
    }

    @Test
    void theGroupOwnersFreeTextIsNeverAnAppeal() {
        assertThat(says(GROUP_OWNER, LANE).outcome()).contains("GROUP_OWNER");
        assertThat(appeals.unclosed()).isEmpty();
    }

    @Test
    void aMemberPassingOnAnAnswerIsNoAppeal() {
        says("boss.li", "我问了供电所,说下午三点前来电");
        assertThat(appeals.unclosed()).isEmpty();
        assertThat(outbox.messages()).isEmpty();
    }

    /**
     * The second: a sentence added with 补一句 (V20), which shares no word with the appeal it adds to; the third refers
     * back by the month (上个月反映, V23), again in words of its own.
     */
    @ParameterizedTest
    @ValueSource(strings = {"上次反映的胡同路灯还是没人来修啊", "补一句 晚上车开过去看不见坑 前天有人摔了",
            "上个月反映的 晚上车开过去啥也看不见 前天有人摔了"})
    void aFollowUpOnTheWritersOpenAppealIsItsSupplement(String followUp) {
        says("boss.li", LANE);
        Appeal first = appealsOf("boss.li").get(0);
        says("boss.li", followUp);
        assertThat(appealsOf("boss.li")).hasSize(1);
        assertThat(appeals.byNumber(first.number()).orElseThrow().timeline().events())
                .extracting(e -> e.type()).contains(AppealEventType.SUPPLEMENTED);
    }

    @Test
    void theSameComplaintSentFiveTimesIsOneAppeal() {
        for (int i = 0; i < 5; i++) {
            says("boss.li", LANE);
        }
        assertThat(appealsOf("boss.li")).hasSize(1);
        assertThat(outbox.messages()).filteredOn(m -> m.idempotencyKey().startsWith("answer:"))
                .extracting(OutboundMessage::content)
                .allSatisfy(answer -> assertThat(answer).contains(appealsOf("boss.li").get(0).number().value()));
    }

    @Test
    void aProgressQuestionIsAnsweredLikeAQueryAndMakesNothing() {
        says("boss.li", LANE);
        String number = appealsOf("boss.li").get(0).number().value();
        says("boss.li", number.substring(number.length() - 4) + "办得怎么样了");
        assertThat(appealsOf("boss.li")).hasSize(1);
        assertThat(outbox.messages()).anySatisfy(m -> assertThat(m.content()).contains(number, "待受理"));
        says("boss.li", "我的诉求");
        assertThat(outbox.messages()).anySatisfy(m -> assertThat(m.content()).contains("您的诉求 1 条"));
    }

    @Test
    void staffFileForSomeoneWithDaiBaoInTheGroupAndInPrivate() {
        says(People.ZHANG.userId(), "代报 " + LANE);
        assertThat(appeals.unclosedOfRequester("tw-nanguan", People.ZHANG.userId())).singleElement()
                .satisfies(a -> assertThat(a.facts().onBehalf()).isTrue());
        privately(People.ZHANG.userId(), "代报 南关街道 胡同里井盖丢了,晚上很危险,麻烦街道尽快处理");
        assertThat(appeals.unclosedOfRequester("tw-nanguan", People.ZHANG.userId())).hasSize(2);
        assertThat(outbox.toUser(People.ZHANG.userId())).anySatisfy(m -> assertThat(m.content()).contains("已代报"));
    }

    @Test
    void aSendersNewAppealsBeyondFiveInTenMinutesAreHeldAndTheyAreToldOnce() {
        String[] problems = {LANE, "我们店营业执照要变更经营范围,请问去哪办", "厂里的增值税发票开不出来了,电子税务局一直报错",
                "员工的社保断缴了三个月,怎么补缴", "门口的燃气管道有股味,怕漏气,麻烦燃气公司来看看",
                "饭店门口的暖气片一点都不热,热力公司也不来人", "我们村的路坑坑洼洼,货车都进不来,麻烦镇里修一下",
                "隔壁KTV每天唱到半夜两点,太吵了睡不着"};
        List<InboundHandler.HandlingResult> results = new java.util.ArrayList<>();
        for (String problem : problems) {
            results.add(says("boss.flood", problem));
        }
        assertThat(appeals.madeBySince("boss.flood", NOW.minusMinutes(10))).isEqualTo(5);
        assertThat(results).filteredOn(r -> r.status() == InboundHandler.Status.HELD).hasSize(3);
        assertThat(outbox.messages()).filteredOn(m -> m.idempotencyKey().startsWith("flood:boss.flood")).hasSize(1);
    }

    @Test
    void staffMayWriteDaiBaoAsALabelWithAColon() {
        says(People.ZHANG.userId(), "代报：" + LANE);
        assertThat(appeals.unclosedOfRequester("tw-nanguan", People.ZHANG.userId())).singleElement()
                .satisfies(a -> {
                    assertThat(a.facts().onBehalf()).isTrue();
                    assertThat(a.facts().originalText()).isEqualTo(LANE);
                });
    }

    @Test
    void onlyStaffMayFileForSomeone() {
        says("boss.li", "代报 " + LANE);
        assertThat(appeals.unclosed()).isEmpty();
        assertThat(outbox.messages()).anySatisfy(m -> assertThat(m.content()).contains("只有部门工作人员"));
        privately(People.ZHANG.userId(), "代报 没有这个群 胡同里井盖丢了");
        assertThat(appeals.unclosed()).isEmpty();
    }

    /**
     * Intake may take a new problem for a follow-up of the writer's open appeal. The answer to such a 补充 says how
     * to file it anew, and 新诉求 files it whatever intake makes of the words; a 补充 the writer typed is not told so.
     */
    @Test
    void anInferredSupplementTellsTheWayBackAndXinSuQiuFilesTheWordsAsANewAppeal() {
        staff.add(new StaffMember("ng.zhao", "赵干事", "office-nanguan", StaffRole.STAFF));
        says("boss.li", LANE);
        Appeal first = appealsOf("boss.li").get(0);
        String gas = "补一句 门口的燃气管道有股味 怕漏气";
        InboundHandler.HandlingResult taken = says("boss.li", gas);
        assertThat(taken.outcome()).startsWith("follow-up");
        assertThat(appealsOf("boss.li")).hasSize(1);
        assertThat(outbox.messages()).filteredOn(m -> m.content().startsWith("已将补充内容加入")).singleElement()
                .satisfies(m -> assertThat(m.content()).contains(first.number().value(), "「新诉求 问题内容」"));
        assertThat(outbox.toUser("ng.zhao")).filteredOn(m -> m.content().contains("的提交人补充")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.content()).contains("按内容归入"));

        InboundHandler.HandlingResult filed = says("boss.li", "新诉求 " + gas);

        assertThat(filed.outcome()).startsWith("appeal ");
        assertThat(appealsOf("boss.li")).hasSize(2).filteredOn(a -> !a.number().equals(first.number()))
                .singleElement().satisfies(a -> {
                    assertThat(a.facts().originalText()).isEqualTo(gas);
                    assertThat(a.departmentCode()).isEqualTo("gas");
                });
        says("boss.li", "补充 " + first.number().value() + " 胡同东头也有一堆");
        assertThat(outbox.messages()).filteredOn(m -> m.content().startsWith("已将补充内容加入")).hasSize(2).last()
                .satisfies(m -> assertThat(m.content()).contains(first.number().value()).doesNotContain("新诉求"));
        assertThat(outbox.toUser("ng.zhao")).filteredOn(m -> m.content().contains("胡同东头也有一堆")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.content()).doesNotContain("按内容归入"));
    }

    /** Owners write it as a label too; what intake would call chatter is filed all the same, once. */
    @Test
    void xinSuQiuWithAColonFilesEvenWhatIntakeWouldLeaveAlone() {
        says("boss.wu", "新诉求：谢谢大家");
        assertThat(appealsOf("boss.wu")).singleElement().satisfies(a -> {
            assertThat(a.facts().originalText()).isEqualTo("谢谢大家");
            assertThat(a.timeline().events().get(0).note()).contains(AppealIntake.NEW_APPEAL_ASKED);
        });
    }

    /** A member's "me too" right after another's appeal makes them one more requester of it, with a way out. */
    @Test
    void aMemberSayingMeTooJoinsTheAppealJustMadeInTheGroup() {
        says("boss.li", LANE);
        String number = appealsOf("boss.li").get(0).number().value();

        InboundHandler.HandlingResult meToo = says("boss.wu", "我们这也是，天天堵");

        assertThat(meToo.outcome()).startsWith("并单 (me too)").contains(number);
        assertThat(appeals.unclosed()).singleElement()
                .satisfies(a -> assertThat(a.requesters()).containsExactly("boss.li", "boss.wu"));
        assertThat(outbox.messages()).anySatisfy(m -> assertThat(m.content()).contains(number, "第 2 位诉求人",
                "如果不是同一问题", "新诉求"));
    }

    /** The appeal keeps its due date; its handler learns that one requester needs it sooner. */
    @Test
    void aMeTooWithADeadlineOfItsOwnTellsTheHandlerTheTime() {
        says("boss.li", LANE);
        says("boss.wu", "我们这也是，天天堵，明天上午10点前得弄好，有客人来");
        assertThat(outbox.messages()).anySatisfy(m -> assertThat(m.content()).contains("并单: 新增诉求人",
                "该诉求人要求: 11月27日 10:00 前"));
    }

    @Test
    void aMeTooThatOnlyPassesOnWhatItsWriterHeardJoinsNothing() {
        says("boss.li", LANE);
        InboundHandler.HandlingResult heard = says("boss.wu", "我们这也是，听说是管网检修，下午就好了");
        assertThat(heard.outcome()).doesNotStartWith("并单");
        assertThat(appeals.unclosed()).singleElement()
                .satisfies(a -> assertThat(a.requesters()).containsExactly("boss.li"));
    }

    @Test
    void aMeTooAnHourAfterTheLastAppealOfTheGroupJoinsNothing() {
        says("boss.li", LANE);
        InboundHandler.HandlingResult late = dispatcher.handle(new InboundMessage("late", Channel.AIBOT, "wrNanguan",
                true, "boss.wu", "我们这也是，天天堵", "https://response/late", NOW.plusMinutes(90)));
        assertThat(late.outcome()).doesNotStartWith("并单");
        assertThat(appeals.unclosed()).singleElement()
                .satisfies(a -> assertThat(a.requesters()).containsExactly("boss.li"));
    }

    /** 新诉求 asks for an appeal, not for a second one of the same problem: 并单 still joins a repeat to the first. */
    @Test
    void xinSuQiuWithTheSameComplaintAgainMakesNoSecondAppeal() {
        says("boss.li", LANE);
        InboundHandler.HandlingResult again = says("boss.li", "新诉求 " + LANE);
        assertThat(again.outcome()).startsWith("并单");
        assertThat(appealsOf("boss.li")).hasSize(1);
    }

    @Test
    void onlyOwnersInTheirGroupFileWithXinSuQiu() {
        says(People.ZHANG.userId(), "新诉求 " + LANE);
        says(GROUP_OWNER, "新诉求 " + LANE);
        privately("boss.li", "新诉求 " + LANE);
        assertThat(appeals.unclosed()).isEmpty();
        assertThat(outbox.messages()).filteredOn(m -> m.content().contains("代报")).hasSize(2);
        assertThat(outbox.messages()).anySatisfy(m -> assertThat(m.content()).contains("市场主体交流群里发送"));
        says("boss.li", "新诉求");
        assertThat(appeals.unclosed()).isEmpty();
        assertThat(outbox.messages()).anySatisfy(m -> assertThat(m.content()).contains("新诉求 问题内容"));
    }

    @Test
    void xinSuQiuKeepsTheFloodLimit() {
        String[] problems = {LANE, "我们店营业执照要变更经营范围,请问去哪办", "厂里的增值税发票开不出来了,电子税务局一直报错",
                "员工的社保断缴了三个月,怎么补缴", "门口的燃气管道有股味,怕漏气,麻烦燃气公司来看看",
                "饭店门口的暖气片一点都不热,热力公司也不来人", "我们村的路坑坑洼洼,货车都进不来,麻烦镇里修一下"};
        for (String problem : problems) {
            says("boss.flood", "新诉求 " + problem);
        }
        assertThat(appeals.madeBySince("boss.flood", NOW.minusMinutes(10))).isEqualTo(AppealIntake.ADMISSION_LIMIT);
    }
}
