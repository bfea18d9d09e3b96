package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Recipient;
import org.junit.jupiter.api.Test;

import static cn.xuanhua.bot.core.command.HandlerFixture.NOW;
import static cn.xuanhua.bot.core.command.HandlerFixture.NUMBER;
import static cn.xuanhua.bot.core.support.AppealFixture.anAppeal;
import static cn.xuanhua.bot.core.support.AppealFixture.at;
import static cn.xuanhua.bot.core.support.People.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Department staff acting through chat commands, and what the group and colleagues are told. */
class StaffCommandsTest {
    private final HandlerFixture f = new HandlerFixture();

    @Test
    void acceptPostsTheHandlerAndDueDateIntoTheOriginatingGroup() {
        f.with(anAppeal().build());

        CommandResult result = f.says("zhang.san", "受理 0007");

        assertThat(result.outcome()).isEqualTo(Outcome.DONE);
        assertThat(f.appeals.stored(NUMBER).status()).isEqualTo(AppealStatus.ACCEPTED);
        assertThat(f.postsTo("tw-nanguan")).singleElement().satisfies(post -> {
            assertThat(post.recipient()).isEqualTo(new Recipient.Group("tw-nanguan"));
            assertThat(post.idempotencyKey()).isEqualTo("XH20261126-0007:1:accepted:group");
            assertThat(post.appealNumber()).isEqualTo(NUMBER);
            assertThat(post.content()).contains(NUMBER, "城市管理局 张三", "12月3日 17:30", "138****5678")
                    .doesNotContain("13812345678");
        });
        assertThat(f.answerTo("zhang.san").content()).contains("已受理", NUMBER);
    }

    @Test
    void refusesAStrangersAcceptAndChangesNothing() {
        f.with(anAppeal().build());

        CommandResult result = f.says(STRANGER, "受理 XH20261126-0007");

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.answer()).contains("只有承办部门的工作人员可以受理");
        assertThat(f.appeals.stored(NUMBER).status()).isEqualTo(AppealStatus.PENDING);
        assertThat(f.appeals.updates()).isZero();
        assertThat(f.outbox.messages()).singleElement()
                .extracting(OutboundMessage::recipient).isEqualTo(new Recipient.User(STRANGER));
    }

    @Test
    void refusesStaffOfAnotherDepartment() {
        f.with(anAppeal().build());

        assertThat(f.says("hr.wu", "受理 XH20261126-0007").answer()).contains("该诉求不属于您所在部门");
        assertThat(f.says("hr.wu", "受理 0007").answer()).contains("本部门办理中的诉求中没有编号以 0007 结尾的诉求");
        assertThat(f.postsTo("tw-nanguan")).isEmpty();
    }

    @Test
    void asksForTheFullNumberWhenTheLastDigitsAreAmbiguous() {
        f.with(anAppeal().build(), anAppeal().withNumber("XH20261125-0007").build());

        CommandResult result = f.says("zhang.san", "受理 7");

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.answer()).contains("XH20261126-0007", "XH20261125-0007", "请写完整编号");
        assertThat(f.says("zhang.san", "受理 1125-0007").outcome()).isEqualTo(Outcome.DONE);
    }

    @Test
    void tellsTheSecondStaffMemberItIsAlreadyAccepted() {
        f.with(anAppeal().acceptedBy("zhang.san").build());

        CommandResult result = f.says("li.si", "受理 0007");

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.answer()).contains("该诉求已受理, 当前状态: 办理中");
    }

    @Test
    void twoStaffAcceptingAtOnceOneWinsAndTheOtherIsTold() {
        f.with(anAppeal().build());
        f.appeals.beforeNextUpdate(theirs -> theirs.accept(Actor.staff(LI), NOW));

        CommandResult result = f.says("zhang.san", "受理 0007");

        assertThat(result.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(result.answer()).contains("刚刚被他人更新", "查询 XH20261126-0007");
        assertThat(f.appeals.stored(NUMBER).state().handlerUserId()).isEqualTo("li.si");
        assertThat(f.postsTo("tw-nanguan")).as("the loser posts nothing").isEmpty();
    }

    @Test
    void postsProgressNotesMasked() {
        f.with(anAppeal().acceptedBy("zhang.san").build());

        f.says("li.si", "进展 0007 已联系王老板13812345678, 明天上门");

        assertThat(f.postsTo("tw-nanguan")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("办理进展", "138****5678", "明天上门").doesNotContain("13812345678");
    }

    @Test
    void resolvingPostsTheResultAndAsksTheRequesterToRate() {
        f.with(anAppeal().acceptedBy("zhang.san").build());

        f.says("zhang.san", "#办结　XH20261126-0007　已处理完毕，路灯已更换");

        assertThat(f.appeals.stored(NUMBER).status()).isEqualTo(AppealStatus.RESOLVED);
        assertThat(f.postsTo("tw-nanguan")).singleElement().satisfies(post -> {
            assertThat(post.content()).contains("诉求已办结", "已处理完毕，路灯已更换",
                    "满意 XH20261126-0007", "基本满意 XH20261126-0007", "不满意 XH20261126-0007");
            assertThat(post.mentions()).containsExactly(REQUESTER);
        });
    }

    @Test
    void transferMovesItAndTellsBothDepartmentsAndTheGroup() {
        f.with(anAppeal().acceptedBy("zhang.san").build());

        f.says("zhang.san", "转办 7 人社 涉及社保缴费, 不属于我局职责");

        assertThat(f.appeals.stored(NUMBER).departmentCode()).isEqualTo("hrss");
        assertThat(f.appeals.stored(NUMBER).status()).isEqualTo(AppealStatus.PENDING);
        assertThat(f.postsTo("tw-nanguan")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("已转至 人社局 办理");
        assertThat(f.noticesTo("hr.wu")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("新到诉求", "转办", "涉及社保缴费", "13812345678", "受理 XH20261126-0007");
        assertThat(f.noticesTo("hr.qian")).hasSize(1);
        assertThat(f.noticesTo("li.si")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("张三 移交");
        assertThat(f.noticesTo("zhang.san")).as("the actor only gets the answer").isEmpty();
        assertThat(f.answerTo("zhang.san").content()).contains("转至 人社局");
    }

    @Test
    void refusesATransferToAnUnknownDepartment() {
        f.with(anAppeal().build());

        CommandResult result = f.says("zhang.san", "转办 0007 外星局 不归我们管");

        assertThat(result.answer()).contains("未找到部门「外星局」");
        assertThat(f.appeals.stored(NUMBER).departmentCode()).isEqualTo("urban");
    }

    @Test
    void returnGoesBackToTheDispatcherAndTheGroupLearnsItIsDispatchedAgainNotWhy() {
        f.with(anAppeal().build());

        f.says("zhang.san", "退回 0007 应由供电公司处理");

        assertThat(f.appeals.stored(NUMBER).departmentCode()).isEqualTo("approval");
        assertThat(f.noticesTo("disp.sun")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("退回", "应由供电公司处理");
        assertThat(f.noticesTo("appr.zhou")).hasSize(1);
        assertThat(f.postsTo("tw-nanguan")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("重新分派", "行政审批局").doesNotContain("应由供电公司处理");
    }

    @Test
    void anExtensionRequestGoesToTheApproversAndLeavesTheDueDate() {
        f.with(anAppeal().acceptedBy("zhang.san").build());

        f.says("zhang.san", "延期 XH20261126-0007 3天 需要现场勘查");

        assertThat(f.appeals.stored(NUMBER).state().extensionDays()).isEqualTo(3);
        assertThat(f.appeals.stored(NUMBER).dueAt()).isEqualTo(at("2026-12-03T17:30"));
        assertThat(f.noticesTo("disp.sun")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("延期申请", "需要现场勘查", "批准延期 XH20261126-0007");
        assertThat(f.noticesTo("urban.zhao")).as("the department's leader").hasSize(1);
        assertThat(f.noticesTo("hr.qian")).as("not another department's leader").isEmpty();
        assertThat(f.postsTo("tw-nanguan")).as("the request is posted, the due date unchanged").singleElement()
                .extracting(OutboundMessage::content).asString().contains("申请延期", "3 个工作日", "待批准", "12月3日 17:30");
    }

    @Test
    void inTheAppealsOwnGroupThePostIsTheAnswer() {
        f.with(anAppeal().build());

        CommandResult result = f.saysIn("tw-nanguan", "zhang.san", "受理 0007");

        assertThat(result.answer()).isNull();
        assertThat(f.outbox.messages()).singleElement().satisfies(post -> {
            assertThat(post.recipient()).isEqualTo(new Recipient.Reply(HandlerFixture.RESPONSE_URL, "tw-nanguan"));
            assertThat(post.content()).contains("诉求已受理");
        });
    }

    @Test
    void handlingTheSameMessageTwiceQueuesNothingTwice() {
        f.with(anAppeal().build());
        CommandRequest request = new CommandRequest("wx-msg-1", "zhang.san", ChatContext.privateChat(), "受理 0007");

        f.handler.handle(request);
        int queued = f.outbox.messages().size();
        f.handler.handle(request);

        assertThat(f.outbox.messages()).hasSize(queued);
        assertThat(f.outbox.ignoredKeys()).containsExactly("answer:wx-msg-1");
    }
}
