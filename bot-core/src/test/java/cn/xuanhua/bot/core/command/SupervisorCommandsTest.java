package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.AppealEventType;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import org.junit.jupiter.api.Test;

import static cn.xuanhua.bot.core.command.HandlerFixture.NUMBER;
import static cn.xuanhua.bot.core.support.AppealFixture.anAppeal;
import static cn.xuanhua.bot.core.support.AppealFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

/** Dispatchers and leaders: 改派, 批准延期, 督办. */
class SupervisorCommandsTest {
    private final HandlerFixture f = new HandlerFixture();

    @Test
    void aDispatcherReassignsAndBothDepartmentsAndTheGroupAreTold() {
        f.with(anAppeal().acceptedBy("zhang.san").build());

        CommandResult result = f.says("disp.sun", "改派 XH20261126-0007 人社局");

        assertThat(result.outcome()).isEqualTo(Outcome.DONE);
        assertThat(f.appeals.stored(NUMBER).departmentCode()).isEqualTo("hrss");
        assertThat(f.appeals.stored(NUMBER).status()).isEqualTo(AppealStatus.PENDING);
        assertThat(f.postsTo("tw-nanguan")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("已转至 人社局 办理");
        assertThat(f.noticesTo("hr.wu")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("改派", "孙调度");
        assertThat(f.noticesTo("zhang.san")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("移交");
    }

    @Test
    void staffMayNotReassign() {
        f.with(anAppeal().build());

        CommandResult result = f.says("zhang.san", "改派 0007 人社局");

        assertThat(result.answer()).contains("只有分拨员或领导可以改派");
        assertThat(f.appeals.stored(NUMBER).departmentCode()).isEqualTo("urban");
    }

    @Test
    void approvingAnExtensionMovesTheDueDateAndPostsIt() {
        f.with(anAppeal().acceptedBy("zhang.san").withExtensionRequested(3).build());

        f.says("disp.sun", "批准延期 XH20261126-0007");

        assertThat(f.appeals.stored(NUMBER).dueAt()).isEqualTo(at("2026-12-08T17:30"));
        assertThat(f.postsTo("tw-nanguan")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("办理期限已延长", "12月8日 17:30");
        assertThat(f.noticesTo("zhang.san")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("孙调度 批准", "12月8日 17:30");
    }

    @Test
    void anExtensionRequestReachesTheApproversAsACardToApproveOrRefuse() {
        f.with(anAppeal().acceptedBy("zhang.san").build());

        f.says("zhang.san", "延期 0007 3天 需要现场勘查");

        assertThat(f.noticesTo("disp.sun")).singleElement().satisfies(card -> {
            assertThat(card.format()).isEqualTo(cn.xuanhua.bot.core.outbound.MessageFormat.CARD);
            assertThat(card.content()).contains("延期申请", "需要现场勘查", "3个工作日",
                    "\"key\":\"approve-extension:" + NUMBER + "\",\"text\":\"批准延期\"",
                    "\"key\":\"reject-extension:" + NUMBER + "\",\"text\":\"不批准\"");
        });
        assertThat(f.noticesTo("urban.zhao")).as("the department's leader decides too").hasSize(1);
    }

    @Test
    void refusingAnExtensionKeepsTheDueDateAndTellsTheHandlerNotTheGroup() {
        f.with(anAppeal().acceptedBy("zhang.san").withExtensionRequested(3).build());

        assertThat(f.says("li.si", "不批准延期 0007").answer()).contains("只有分拨员或领导可以不批准延期");
        CommandResult result = f.says("disp.sun", "不批准延期 XH20261126-0007 材料已齐, 请按期办结");

        assertThat(result.outcome()).isEqualTo(CommandResult.Outcome.DONE);
        assertThat(f.appeals.stored(NUMBER).dueAt()).isEqualTo(at("2026-12-03T17:30"));
        assertThat(f.appeals.stored(NUMBER).state().extensionDays()).isNull();
        assertThat(f.postsTo("tw-nanguan")).isEmpty();
        assertThat(f.noticesTo("zhang.san")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("未获 孙调度 批准", "材料已齐", "12月3日 17:30");
        assertThat(f.says("disp.sun", "不批准延期 0007").answer()).contains("该诉求没有待批准的延期申请");
    }

    @Test
    void theDueDateMovesOnlyAfterApproval() {
        f.with(anAppeal().acceptedBy("zhang.san").build());

        f.says("zhang.san", "延期 0007 3天 需要现场勘查");
        assertThat(f.appeals.stored(NUMBER).dueAt()).isEqualTo(at("2026-12-03T17:30"));
        assertThat(f.says("zhang.san", "批准延期 0007").answer()).contains("只有分拨员或领导可以批准延期");
        f.says("urban.zhao", "批准延期 0007");

        assertThat(f.appeals.stored(NUMBER).dueAt()).isEqualTo(at("2026-12-08T17:30"));
    }

    @Test
    void supervisionGoesToTheDepartmentWithItsNoteAndTheGroupSeesThatItIsSupervised() {
        f.with(anAppeal().acceptedBy("zhang.san").build());

        f.says("hr.qian", "督办 XH20261126-0007 请今天内答复企业");

        assertThat(f.appeals.stored(NUMBER).timeline().last(AppealEventType.SUPERVISED))
                .hasValueSatisfying(e -> assertThat(e.actor()).isEqualTo("hr.qian"));
        assertThat(f.noticesTo("zhang.san")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("督办", "请今天内答复企业", "钱局长");
        assertThat(f.noticesTo("li.si")).hasSize(1);
        assertThat(f.noticesTo("urban.zhao")).hasSize(1);
        assertThat(f.postsTo("tw-nanguan")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("督办", "钱局长").doesNotContain("请今天内答复企业");
    }

    @Test
    void aSupervisorsToDoListShowsExtensionsAwaitingApproval() {
        f.with(anAppeal().acceptedBy("zhang.san").withExtensionRequested(3).build(),
                anAppeal().withNumber("XH20261126-0008").withDepartment("approval").build());

        CommandResult result = f.says("disp.sun", "待办");

        assertThat(result.answer()).contains("行政审批局 待办 1 条", "XH20261126-0008", "待批准延期 1 条",
                "XH20261126-0007");
    }
}
