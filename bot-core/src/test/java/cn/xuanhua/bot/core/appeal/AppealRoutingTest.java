package cn.xuanhua.bot.core.appeal;

import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.support.FakeDepartments;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;

import static cn.xuanhua.bot.core.support.AppealFixture.anAppeal;
import static cn.xuanhua.bot.core.support.AppealFixture.at;
import static cn.xuanhua.bot.core.support.People.*;
import static org.assertj.core.api.Assertions.assertThat;

/** 转办, 改派, 退回: moving an appeal between departments. */
class AppealRoutingTest {
    private final ZonedDateTime now = at("2026-11-27T11:00");
    private final FakeDepartments departments = new FakeDepartments();
    private final Department hrss = departments.byCode("hrss").orElseThrow();
    private final Department urban = departments.byCode("urban").orElseThrow();
    private final Department dispatcher = departments.dispatcher();

    @Test
    void transferMovesItToTheOtherDepartmentPendingAgain() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").build();

        Transition t = appeal.transfer(actor(ZHANG), now, hrss, "涉及社保, 不属于我局职责");

        assertThat(t.done()).isTrue();
        assertThat(appeal.departmentCode()).isEqualTo("hrss");
        assertThat(appeal.status()).isEqualTo(AppealStatus.PENDING);
        assertThat(appeal.state().handlerUserId()).isNull();
        assertThat(appeal.state().acceptedAt()).as("the first response still counts").isNotNull();
        assertThat(appeal.timeline().last(AppealEventType.TRANSFERRED).orElseThrow().note())
                .isEqualTo("转至人社局: 涉及社保, 不属于我局职责");
        assertThat(appeal.timeline().lastDispatch()).map(AppealEvent::type).contains(AppealEventType.TRANSFERRED);
    }

    @Test
    void transferNeedsAReasonAndAnotherDepartment() {
        Appeal appeal = anAppeal().build();
        assertThat(appeal.transfer(actor(ZHANG), now, hrss, "")).isEqualTo(new Refusal("请写明转办理由"));
        assertThat(appeal.transfer(actor(ZHANG), now, urban, "转给自己"))
                .isEqualTo(new Refusal("该诉求已由城市管理局承办"));
        assertThat(appeal.departmentCode()).isEqualTo("urban");
    }

    @Test
    void onlyTheHandlingDepartmentTransfers() {
        Appeal appeal = anAppeal().build();
        assertThat(appeal.transfer(actor(WU), now, hrss, "我们来办")).isEqualTo(new Refusal("该诉求不属于您所在部门"));
        assertThat(appeal.transfer(requester(), now, hrss, "换个部门"))
                .isEqualTo(new Refusal("只有承办部门的工作人员可以转办"));
    }

    @Test
    void transferDropsAPendingExtensionRequestOfTheOldDepartment() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").withExtensionRequested(3).build();

        appeal.transfer(actor(ZHANG), now, hrss, "不属于我局职责");

        assertThat(appeal.state().extensionDays()).isNull();
    }

    @Test
    void dispatchersAndLeadersReassignButStaffMayNot() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").build();
        assertThat(appeal.reassign(actor(ZHANG), now, hrss, null))
                .isEqualTo(new Refusal("只有分拨员或领导可以改派"));

        Transition t = appeal.reassign(actor(SUN), now, hrss, null);

        assertThat(t.done()).isTrue();
        assertThat(appeal.departmentCode()).isEqualTo("hrss");
        assertThat(appeal.status()).isEqualTo(AppealStatus.PENDING);
        assertThat(appeal.timeline().last(AppealEventType.REASSIGNED).orElseThrow().note()).isEqualTo("改派至人社局");
        assertThat(anAppeal().build().reassign(actor(URBAN_LEADER), now, hrss, "职责调整").done()).isTrue();
    }

    @Test
    void returnSendsAWronglyDispatchedAppealBackToTheDispatcher() {
        Appeal appeal = anAppeal().build();

        Transition t = appeal.returnToDispatcher(actor(ZHANG), now, dispatcher, "不属于城管职责");

        assertThat(t.done()).isTrue();
        assertThat(appeal.departmentCode()).isEqualTo("approval");
        assertThat(appeal.status()).isEqualTo(AppealStatus.PENDING);
        assertThat(appeal.timeline().last(AppealEventType.RETURNED).orElseThrow().note())
                .isEqualTo("退回行政审批局: 不属于城管职责");
    }

    @Test
    void returnNeedsAReasonAndCannotReturnToItself() {
        assertThat(anAppeal().build().returnToDispatcher(actor(ZHANG), now, dispatcher, " "))
                .isEqualTo(new Refusal("请写明退回理由"));
        Appeal atDispatcher = anAppeal().withDepartment("approval").build();
        assertThat(atDispatcher.returnToDispatcher(actor(APPROVAL_CLERK), now, dispatcher, "不归我们"))
                .isEqualTo(new Refusal("该诉求已在分拨部门, 无需退回"));
    }

    @Test
    void nothingMovesOnceResolved() {
        Appeal appeal = anAppeal().resolvedBy("zhang.san", now).build();
        assertThat(appeal.transfer(actor(ZHANG), now, hrss, "转"))
                .isEqualTo(new Refusal("该诉求当前状态: 已办结待评价, 不能转办"));
        assertThat(appeal.reassign(actor(SUN), now, hrss, null))
                .isEqualTo(new Refusal("该诉求当前状态: 已办结待评价, 不能改派"));
    }
}
