package cn.xuanhua.bot.core.appeal;

import cn.xuanhua.bot.core.support.FakeDepartments;
import cn.xuanhua.bot.core.support.WeekdaysOnly;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;

import static cn.xuanhua.bot.core.support.AppealFixture.anAppeal;
import static cn.xuanhua.bot.core.support.AppealFixture.at;
import static cn.xuanhua.bot.core.support.People.*;
import static org.assertj.core.api.Assertions.assertThat;

/** 督办 and what the bot itself does: overdue marks, reminders, closing unrated appeals. */
class AppealSupervisionTest {
    private final ZonedDateTime now = at("2026-12-04T08:00");

    @Test
    void leadersAndDispatchersSuperviseWithANote() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").build();

        assertThat(appeal.supervise(actor(HR_LEADER), now, "请今天内答复企业").done()).isTrue();
        assertThat(appeal.supervise(actor(SUN), now, "抓紧").done()).isTrue();
        assertThat(appeal.timeline().last(AppealEventType.SUPERVISED).orElseThrow().actor()).isEqualTo("disp.sun");
        assertThat(appeal.supervise(actor(ZHANG), now, "自己督办自己"))
                .isEqualTo(new Refusal("只有分拨员或领导可以督办"));
        assertThat(appeal.supervise(actor(SUN), now, "")).isEqualTo(new Refusal("请写明督办内容"));
    }

    @Test
    void marksAnOpenAppealOverdueOnceItsDueDatePassed() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").build();

        assertThat(appeal.markOverdue(at("2026-12-03T17:00"))).isEqualTo(new Refusal("尚未超过办理期限"));
        assertThat(appeal.markOverdue(now).done()).isTrue();
        assertThat(appeal.state().overdue()).isTrue();
        assertThat(appeal.timeline().last(AppealEventType.OVERDUE).orElseThrow())
                .extracting(AppealEvent::actor, AppealEvent::note)
                .containsExactly(Actor.SYSTEM_ID, "已超过办理期限 2026-12-03 17:30");
        assertThat(appeal.markOverdue(now.plusHours(1))).isEqualTo(new Refusal("已标记超期"));
    }

    @Test
    void doesNotMarkResolvedAppealsOverdue() {
        Appeal appeal = anAppeal().resolvedBy("zhang.san", at("2026-12-03T10:00")).build();
        assertThat(appeal.markOverdue(now).done()).isFalse();
    }

    @Test
    void closesAResolvedAppealUnratedAndLeavesItOutOfTheRating() {
        Appeal appeal = anAppeal().resolvedBy("zhang.san", at("2026-11-30T16:00")).build();

        Transition t = appeal.closeUnrated(now);

        assertThat(t.done()).isTrue();
        assertThat(appeal.status()).isEqualTo(AppealStatus.CLOSED);
        assertThat(appeal.state().satisfaction()).as("never counted as satisfied by default").isNull();
        assertThat(appeal.state().ratedAt()).isNull();
        assertThat(appeal.state().closedAt()).isEqualTo(now);
        assertThat(appeal.closeUnrated(now)).isEqualTo(new Refusal("该诉求当前状态: 已结案, 不能结案"));
    }

    @Test
    void peopleCannotTakeTheBotsActions() {
        Appeal appeal = anAppeal().build();
        assertThat(AppealPolicy.check(AppealAction.MARK_OVERDUE, actor(SUN), appeal))
                .contains(new Refusal("该操作由系统自动执行"));
        assertThat(AppealPolicy.allows(AppealAction.REMIND, Actor.system(), appeal)).isTrue();
    }

    @Test
    void remindsToAcceptOnceEachTimeItLandsAtADepartment() {
        Appeal appeal = anAppeal().build();

        assertThat(appeal.remindToAccept(now).done()).isTrue();
        assertThat(appeal.timeline().remindedToAccept()).isTrue();
        assertThat(appeal.remindToAccept(now.plusHours(1))).isEqualTo(new Refusal("已提醒过"));

        appeal.returnToDispatcher(actor(ZHANG), now.plusHours(2),
                new FakeDepartments().dispatcher(), "不属于城管");
        assertThat(appeal.timeline().remindedToAccept()).as("a new department, a new reminder").isFalse();
        assertThat(appeal.remindToAccept(now.plusHours(3)).done()).isTrue();
    }

    @Test
    void remindsOfTheDueDateOncePerDueDate() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").build();

        assertThat(appeal.remindDueSoon(now).done()).isTrue();
        assertThat(appeal.remindDueSoon(now)).isEqualTo(new Refusal("已提醒过"));

        appeal.requestExtension(actor(ZHANG), now, 2, "等材料");
        appeal.approveExtension(actor(SUN), now, new WeekdaysOnly());
        assertThat(appeal.timeline().remindedDueSoon()).isFalse();
        assertThat(appeal.remindDueSoon(now).done()).isTrue();
    }
}
