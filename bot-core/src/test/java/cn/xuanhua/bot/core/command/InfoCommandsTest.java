package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.xuanhua.bot.core.support.AppealFixture.anAppeal;
import static cn.xuanhua.bot.core.support.People.REQUESTER;
import static cn.xuanhua.bot.core.support.People.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

/** 帮助, 待办, 周报 and what unknown or malformed commands get. */
class InfoCommandsTest {
    private final HandlerFixture f = new HandlerFixture();

    @Test
    void aBusinessOwnerSeesOnlyTheirCommands() {
        String help = f.saysIn("tw-nanguan", REQUESTER, "帮助").answer();

        assertThat(help).contains("查询 编号", "补充 编号 内容", "满意 / 基本满意 / 不满意 编号")
                .doesNotContain("受理", "改派", "周报");
    }

    @Test
    void staffSeeHandlingCommandsButNotSupervision() {
        String help = f.says("zhang.san", "帮助").answer();

        assertThat(help).contains("受理 编号", "进展 编号 内容", "办结 编号", "转办 编号 部门 理由", "退回 编号 理由",
                "延期 编号 N天 理由", "待办", "0007").doesNotContain("改派", "批准延期", "督办");
    }

    @Test
    void dispatchersAndLeadersAlsoSeeSupervision() {
        assertThat(f.says("disp.sun", "帮助").answer()).contains("受理 编号", "改派 编号 部门", "批准延期 编号", "督办 编号 内容");
        assertThat(f.says("hr.qian", "/help").answer()).contains("督办 编号 内容");
    }

    @Test
    void aGroupOwnerAlsoSeesTheDigest() {
        f.groups.updateBinding("tw-nanguan", null, null, "owner.ng");

        assertThat(f.says("owner.ng", "帮助").answer()).contains("周报 / 周报 本周", "查询 编号");
    }

    @Test
    void aMalformedCommandGetsItsUsageAndTheHelp() {
        CommandResult result = f.says("zhang.san", "进展 0007");

        assertThat(result.outcome()).isEqualTo(Outcome.HELP);
        assertThat(result.answer()).startsWith("格式: 进展 编号 内容").contains("受理 编号");
    }

    @Test
    void anUnknownSlashCommandGetsTheHelp() {
        CommandResult result = f.says(STRANGER, "/撤销 0007");

        assertThat(result.outcome()).isEqualTo(Outcome.HELP);
        assertThat(result.answer()).startsWith("未识别的命令").contains("查询 编号");
    }

    @Test
    void theToDoListHoldsTheDepartmentsOpenAppealsOnly() {
        f.with(anAppeal().build(), anAppeal().withNumber("XH20261126-0008").acceptedBy("li.si").build(),
                anAppeal().withNumber("XH20261126-0009").withDepartment("hrss").build());

        CommandResult result = f.says("zhang.san", "待办");

        assertThat(result.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(result.answer()).contains("城市管理局 待办 2 条", "XH20261126-0007 待受理", "XH20261126-0008 办理中")
                .doesNotContain("XH20261126-0009", "待批准延期");
        assertThat(f.says("li.si", "待办").answer()).contains("待办 2 条");
    }

    @Test
    void onlyStaffHaveAToDoList() {
        assertThat(f.says(STRANGER, "待办").answer()).isEqualTo("只有部门工作人员可以查看待办。");
    }

    @Test
    void theGroupOwnerPullsLastWeeksDigest() {
        f.groups.updateBinding("tw-nanguan", null, null, "owner.ng");

        CommandResult result = f.saysIn("tw-nanguan", "owner.ng", "周报");

        assertThat(result.outcome()).isEqualTo(Outcome.DIGEST_REQUESTED);
        assertThat(f.digests).singleElement().satisfies(d -> {
            assertThat(d.groupCode()).isEqualTo("tw-nanguan");
            assertThat(d.weekStart()).isEqualTo(LocalDate.of(2026, 11, 16));
            assertThat(d.isoWeek()).isEqualTo("2026-W47");
            assertThat(d.requestedBy()).isEqualTo("owner.ng");
        });
        assertThat(result.answer()).contains("南关街道市场主体交流群", "2026-W47", "上周");
    }

    @Test
    void theGroupOwnerPullsThisWeekFromAPrivateChatToo() {
        f.groups.updateBinding("tw-nanguan", null, null, "owner.ng");

        f.says("owner.ng", "周报 本周");

        assertThat(f.digests).singleElement().satisfies(d -> {
            assertThat(d.weekStart()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(d.isoWeek()).isEqualTo("2026-W48");
        });
    }

    @Test
    void aNamedWeekIsThatWeekAndTheConfirmationIsQueuedBeforeTheDigest() {
        f.groups.updateBinding("tw-nanguan", null, null, "owner.ng");

        CommandResult result = f.saysIn("tw-nanguan", "owner.ng", "周报 2026-W45");

        assertThat(f.digests).singleElement().satisfies(d -> assertThat(d.weekStart()).isEqualTo(LocalDate.of(2026, 11, 2)));
        assertThat(result.answer()).contains("2026-W45");
        assertThat(f.queuedBeforeDigest).as("the confirmation is already queued").containsExactly(1);
        assertThat(f.saysIn("tw-nanguan", "owner.ng", "周报 2026-W50").answer()).contains("尚未开始");
    }

    @Test
    void othersMayNotPullADigest() {
        f.groups.updateBinding("tw-nanguan", null, null, "owner.ng");

        CommandResult inGroup = f.saysIn("tw-nanguan", "zhang.san", "周报");
        CommandResult otherGroupsOwner = f.saysIn("ind-startup", "owner.ng", "周报");

        assertThat(inGroup.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(inGroup.answer()).contains("只有群主");
        assertThat(otherGroupsOwner.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(f.digests).isEmpty();
    }

    @Test
    void anOwnerOfSeveralGroupsIsAskedToWriteInTheGroup() {
        f.groups.updateBinding("tw-nanguan", null, null, "owner.ng");
        f.groups.updateBinding("ind-startup", null, null, "owner.ng");

        assertThat(f.says("owner.ng", "周报").answer()).contains("请在要查看的群里发送「周报」");
        assertThat(f.digests).isEmpty();
    }
}
