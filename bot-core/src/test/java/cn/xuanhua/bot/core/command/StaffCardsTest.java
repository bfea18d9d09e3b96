package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.outbound.MessageFormat;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.outbound.StaffCard;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.xuanhua.bot.core.command.HandlerFixture.NUMBER;
import static cn.xuanhua.bot.core.support.AppealFixture.anAppeal;
import static org.assertj.core.api.Assertions.assertThat;

/** The staff card of a new appeal, and a tap on its buttons run as the command of the same name. */
class StaffCardsTest {
    private final HandlerFixture f = new HandlerFixture();
    private int taps;

    private CommandResult tap(String userId, String key) {
        return tap(userId, key, null);
    }

    private CommandResult tap(String userId, String key, String selected) {
        return f.handler.handle(new ButtonTap("card:task-" + ++taps + "/" + userId, userId, "task-" + taps, key,
                selected, "rc-" + taps));
    }

    /** The update of the card tapped last by {@code userId}. */
    private OutboundMessage cardUpdateTo(String userId) {
        return f.outbox.messages().stream().filter(m -> m.recipient() instanceof Recipient.TappedCard c
                && c.userId().equals(userId)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no card update to " + userId + " in " + f.outbox.messages()));
    }

    @Test
    void aNewAppealsCardHasAcceptReturnAndTransferKeyedByTheAppealAndADifferentTaskPerPerson() {
        Appeal appeal = anAppeal().build();

        StaffCard toZhang = StaffCards.newAppeal(appeal, "南关街道市场主体交流群", "市政设施", true, "zhang.san", "**新诉求待受理**");
        StaffCard toLi = StaffCards.newAppeal(appeal, "南关街道市场主体交流群", "市政设施", true, "li.si", "**新诉求待受理**");

        assertThat(toZhang.buttons()).extracting(StaffCard.Button::text).containsExactly("受理", "退回", "转办");
        assertThat(toZhang.buttons()).extracting(StaffCard.Button::key)
                .containsExactly("accept:" + NUMBER, "return:" + NUMBER, "transfer:" + NUMBER);
        assertThat(toZhang.taskId()).isNotEqualTo(toLi.taskId()).startsWith(NUMBER).matches("[A-Za-z0-9_@-]{1,128}");
        assertThat(toZhang.taskId()).as("the same card again keeps its task id").isEqualTo(
                StaffCards.newAppeal(appeal, "南关街道市场主体交流群", "市政设施", true, "zhang.san", "x").taskId());
        assertThat(toZhang.fields()).extracting(StaffCard.Field::value).contains("南关街道市场主体交流群", "市政设施");
        assertThat(toZhang.fields().get(2).value()).endsWith("(加急)");
        assertThat(toZhang.quote()).isEqualTo(appeal.facts().originalText().strip());
    }

    @Test
    void theCardTravelsThroughTheOutboxAsJsonWithEveryTextEscaped() {
        StaffCard card = new StaffCard("t-1", "新诉求待受理", "XH20261126-0007", "他说\"快修\"\n路灯\\坏了",
                List.of(new StaffCard.Field("来自", "南关")), List.of(new StaffCard.Button("accept:XH20261126-0007", "受理", 1)),
                new StaffCard.Selection("dept:XH20261126-0007", "转办给", List.of(new StaffCard.Option("urban", "城管"))),
                "**新诉求**");

        assertThat(card.toJson()).isEqualTo("{\"taskId\":\"t-1\",\"title\":\"新诉求待受理\",\"description\":"
                + "\"XH20261126-0007\",\"quote\":\"他说\\\"快修\\\"\\n路灯\\\\坏了\",\"fields\":[{\"label\":\"来自\","
                + "\"value\":\"南关\"}],\"buttons\":[{\"key\":\"accept:XH20261126-0007\",\"text\":\"受理\",\"style\":1}],"
                + "\"selection\":{\"questionKey\":\"dept:XH20261126-0007\",\"title\":\"转办给\",\"options\":[{\"id\":"
                + "\"urban\",\"text\":\"城管\"}]},\"text\":\"**新诉求**\"}");
    }

    @Test
    void aButtonKeyReadsBackAsTheConsoleButtonAndTheAppealItNames() {
        assertThat(StaffCards.read("accept:" + NUMBER)).hasValueSatisfying(k -> {
            assertThat(k.button().label()).isEqualTo("受理");
            assertThat(k.number()).isEqualTo(AppealNumber.parse(NUMBER));
        });
        assertThat(StaffCards.read("approve-extension:" + NUMBER)).hasValueSatisfying(
                k -> assertThat(k.button().label()).isEqualTo("批准延期"));
        assertThat(StaffCards.read("accept:0007")).as("a key names a full number").isEmpty();
        assertThat(StaffCards.read("delete:" + NUMBER)).isEmpty();
        assertThat(StaffCards.read("")).isEmpty();
        assertThat(StaffCards.read(null)).isEmpty();
    }

    @Test
    void aTapOnAcceptAcceptsTheAppealPostsToTheGroupAndTheCardSaysWhoDidItAndWhen() {
        f.with(anAppeal().build());

        CommandResult result = tap("zhang.san", "accept:" + NUMBER);

        assertThat(result.outcome()).isEqualTo(Outcome.DONE);
        assertThat(f.appeals.stored(NUMBER).status()).isEqualTo(AppealStatus.ACCEPTED);
        assertThat(f.postsTo("tw-nanguan")).singleElement()
                .satisfies(p -> assertThat(p.content()).contains(NUMBER, "城市管理局 张三"));
        OutboundMessage update = cardUpdateTo("zhang.san");
        assertThat(update.format()).isEqualTo(MessageFormat.CARD_UPDATE);
        assertThat(update.idempotencyKey()).isEqualTo("answer:card:task-1/zhang.san");
        assertThat(update.recipient()).isEqualTo(new Recipient.TappedCard("zhang.san", "rc-1"));
        assertThat(update.content()).contains("\"taskId\":\"task-1\"", "\"replaceText\":\"已受理 · 张三 11-26 10:15\"",
                "已受理 " + NUMBER).doesNotContain("**");
        assertThat(f.outbox.toUser("zhang.san")).as("no chat answer besides the card").isEmpty();
    }

    @Test
    void aTapOnReturnReturnsItToTheDispatcherWithTheCardsReason() {
        f.with(anAppeal().build());

        assertThat(tap("zhang.san", "return:" + NUMBER).outcome()).isEqualTo(Outcome.DONE);

        assertThat(f.appeals.stored(NUMBER).departmentCode()).isEqualTo("approval");
        assertThat(f.noticesTo("disp.sun")).anySatisfy(n -> assertThat(n.content()).contains("不属于本部门职责"));
        assertThat(cardUpdateTo("zhang.san").content()).contains("已退回 · 张三");
    }

    @Test
    void aTapOnTransferRunsWithTheDepartmentChosenOnTheCardOrSaysWhatToType() {
        f.with(anAppeal().build());

        CommandResult withoutChoice = tap("zhang.san", "transfer:" + NUMBER);
        assertThat(withoutChoice.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(f.appeals.updates()).isZero();
        assertThat(cardUpdateTo("zhang.san").content()).contains("请直接回复「转办 " + NUMBER + " 部门 理由」");

        assertThat(tap("zhang.san", "transfer:" + NUMBER, "hrss").outcome()).isEqualTo(Outcome.DONE);
        assertThat(f.appeals.stored(NUMBER).departmentCode()).isEqualTo("hrss");
        assertThat(cardUpdateTo("zhang.san").content()).contains("已转办 · 张三");
    }

    @Test
    void aRefusedTapChangesNothingAndTheCardSaysWhy() {
        f.with(anAppeal().build());

        CommandResult result = tap("hr.wu", "accept:" + NUMBER);

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(f.appeals.updates()).isZero();
        assertThat(f.postsTo("tw-nanguan")).isEmpty();
        assertThat(cardUpdateTo("hr.wu").content()).contains("该诉求不属于您所在部门", "\"replaceText\":\"未执行\"");
    }

    @Test
    void aTapOnAnAppealAlreadyAcceptedIsRefused() {
        f.with(anAppeal().build());
        f.says("li.si", "受理 " + NUMBER);

        assertThat(tap("zhang.san", "accept:" + NUMBER).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(cardUpdateTo("zhang.san").content()).contains("未执行");
        assertThat(f.postsTo("tw-nanguan")).hasSize(1);
    }

    @Test
    void aKeyTheBotNeverMadeChangesNothing() {
        f.with(anAppeal().build());

        assertThat(tap("zhang.san", "delete:" + NUMBER).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(f.appeals.updates()).isZero();
        assertThat(cardUpdateTo("zhang.san").content()).contains("无法识别的按钮");
    }

    @Test
    void buttonsThatNeedWordsATapCannotCarryAskForThem() {
        f.with(anAppeal().acceptedBy("zhang.san").build());

        assertThat(tap("zhang.san", "resolve:" + NUMBER).outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(cardUpdateTo("zhang.san").content()).contains("请直接回复「办结 " + NUMBER + " 办理结果」");
        assertThat(tap("zhang.san", "extend:" + NUMBER).outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(cardUpdateTo("zhang.san").content()).contains("请直接回复「延期 " + NUMBER + " N天 理由」");
        assertThat(f.appeals.updates()).isZero();
    }

    @Test
    void aSupervisorsTapsOnAnExtensionCardApproveOrRefuseIt() {
        f.with(anAppeal().acceptedBy("zhang.san").withExtensionRequested(3).build());

        assertThat(tap("disp.sun", "reject-extension:" + NUMBER).outcome()).isEqualTo(Outcome.DONE);
        assertThat(f.appeals.stored(NUMBER).state().extensionDays()).isNull();
        assertThat(cardUpdateTo("disp.sun").content()).contains("已不批准 · 孙调度");

        assertThat(tap("urban.zhao", "approve-extension:" + NUMBER).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(cardUpdateTo("urban.zhao").content()).contains("该诉求没有待批准的延期申请", "未执行");
    }

    @Test
    void theResponseCodeIsNeverPrinted() {
        ButtonTap tap = new ButtonTap("card:t/u", "u", "t", "accept:" + NUMBER, null, "secret-code");
        assertThat(tap.toString()).doesNotContain("secret-code");
        assertThat(new Recipient.TappedCard("u", "secret-code").toString()).doesNotContain("secret-code");
        assertThat(ChatContext.card("t", "secret-code", "受理").toString()).doesNotContain("secret-code");
    }
}
