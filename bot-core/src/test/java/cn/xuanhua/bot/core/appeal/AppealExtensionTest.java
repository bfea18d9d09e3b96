package cn.xuanhua.bot.core.appeal;

import cn.xuanhua.bot.core.support.WeekdaysOnly;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import static cn.xuanhua.bot.core.support.AppealFixture.anAppeal;
import static cn.xuanhua.bot.core.support.AppealFixture.at;
import static cn.xuanhua.bot.core.support.People.*;
import static org.assertj.core.api.Assertions.assertThat;

/** 延期 and 批准延期: the due date moves only when a dispatcher or leader approves. */
class AppealExtensionTest {
    private final ZonedDateTime now = at("2026-12-01T09:00");
    private final WorkingDays calendar = new WeekdaysOnly();

    @Test
    void requestingAnExtensionLeavesTheDueDateWhereItIs() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").build();

        Transition t = appeal.requestExtension(actor(ZHANG), now, 3, "需要现场勘查");

        assertThat(t.done()).isTrue();
        assertThat(appeal.dueAt()).isEqualTo(at("2026-12-03T17:30"));
        assertThat(appeal.state().extensionDays()).isEqualTo(3);
        assertThat(appeal.timeline().last(AppealEventType.EXTENSION_REQUESTED).orElseThrow().note())
                .isEqualTo("申请延期3个工作日: 需要现场勘查");
    }

    @Test
    void approvalMovesTheDueDateByWorkingDaysKeepingTheTime() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").build();
        appeal.requestExtension(actor(ZHANG), now, 3, "需要现场勘查");

        Transition t = appeal.approveExtension(actor(SUN), now.plusHours(2), calendar);

        assertThat(t.done()).isTrue();
        assertThat(appeal.dueAt()).as("Thu 3 Dec + 3 working days = Tue 8 Dec").isEqualTo(at("2026-12-08T17:30"));
        assertThat(appeal.state().extensionDays()).isNull();
        assertThat(appeal.timeline().last(AppealEventType.EXTENSION_APPROVED).orElseThrow().note())
                .isEqualTo("延期3个工作日, 办理期限改为 2026-12-08 17:30");
    }

    @Test
    void approvalSkipsDaysOffOfTheCalendar() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").withExtensionRequested(2).build();

        appeal.approveExtension(actor(HR_LEADER), now, new WeekdaysOnly(LocalDate.of(2026, 12, 4)));

        assertThat(appeal.dueAt()).isEqualTo(at("2026-12-08T17:30"));
    }

    @Test
    void onlyDispatchersAndLeadersApproveAndOnlyWhatWasRequested() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").withExtensionRequested(3).build();
        assertThat(appeal.approveExtension(actor(ZHANG), now, calendar))
                .isEqualTo(new Refusal("只有分拨员或领导可以批准延期"));
        assertThat(appeal.dueAt()).isEqualTo(at("2026-12-03T17:30"));

        Appeal nothingAsked = anAppeal().acceptedBy("zhang.san").build();
        assertThat(nothingAsked.approveExtension(actor(SUN), now, calendar))
                .isEqualTo(new Refusal("该诉求没有待批准的延期申请"));
    }

    @Test
    void refusesASecondRequestWhileOneIsPendingAndOddDayCounts() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").withExtensionRequested(3).build();
        assertThat(appeal.requestExtension(actor(ZHANG), now, 2, "还要等材料"))
                .isEqualTo(new Refusal("已有待批准的延期申请 (3个工作日)"));

        Appeal other = anAppeal().acceptedBy("zhang.san").build();
        assertThat(other.requestExtension(actor(ZHANG), now, 0, "x")).isEqualTo(new Refusal("延期天数须为 1–30 个工作日"));
        assertThat(other.requestExtension(actor(ZHANG), now, 31, "x")).isEqualTo(new Refusal("延期天数须为 1–30 个工作日"));
        assertThat(other.requestExtension(actor(ZHANG), now, 3, "")).isEqualTo(new Refusal("请写明延期理由"));
        assertThat(other.requestExtension(actor(WU), now, 3, "x")).isEqualTo(new Refusal("该诉求不属于您所在部门"));
    }

    @Test
    void anExtensionIsAskedForOnlyOnceAccepted() {
        assertThat(anAppeal().build().requestExtension(actor(ZHANG), now, 3, "需要勘查"))
                .isEqualTo(new Refusal("该诉求尚未受理, 请先受理 (当前状态: 待受理)"));
    }

    @Test
    void anApprovedExtensionIntoTheFutureClearsTheOverdueMark() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").withExtensionRequested(3).overdue().build();

        appeal.approveExtension(actor(SUN), at("2026-12-04T09:00"), calendar);

        assertThat(appeal.state().overdue()).isFalse();
    }

    @Test
    void anExtensionThatStillEndsInThePastKeepsItOverdue() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").withExtensionRequested(1).overdue().build();

        appeal.approveExtension(actor(SUN), at("2026-12-10T09:00"), calendar);

        assertThat(appeal.state().overdue()).isTrue();
    }
}
