package cn.xuanhua.bot.core.appeal;

import cn.xuanhua.bot.core.support.People;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;

import static cn.xuanhua.bot.core.support.AppealFixture.anAppeal;
import static cn.xuanhua.bot.core.support.AppealFixture.at;
import static cn.xuanhua.bot.core.support.People.*;
import static org.assertj.core.api.Assertions.assertThat;

/** 受理, 进展, 办结 and who may do them. */
class AppealHandlingTest {
    private final ZonedDateTime now = at("2026-11-26T10:15");

    @Test
    void staffOfTheDepartmentAcceptsAndBecomesTheHandler() {
        Appeal appeal = anAppeal().build();

        Transition t = appeal.accept(actor(ZHANG), now);

        assertThat(t.done()).isTrue();
        assertThat(appeal.status()).isEqualTo(AppealStatus.ACCEPTED);
        assertThat(appeal.state().handlerUserId()).isEqualTo("zhang.san");
        assertThat(appeal.state().acceptedAt()).isEqualTo(now);
        assertThat(((Transition.Done) t).events()).singleElement()
                .isEqualTo(new AppealEvent(now, AppealEventType.ACCEPTED, "zhang.san", null));
        assertThat(((Transition.Done) t).firstSequence()).isEqualTo(1);
    }

    @Test
    void refusesAStrangersAcceptAndChangesNothing() {
        Appeal appeal = anAppeal().build();
        AppealState before = appeal.state();

        Transition t = appeal.accept(stranger(), now);

        assertThat(t).isEqualTo(new Refusal("只有承办部门的工作人员可以受理"));
        assertThat(appeal.state()).isEqualTo(before);
        assertThat(appeal.newEvents()).isEmpty();
    }

    @Test
    void refusesStaffOfAnotherDepartment() {
        Appeal appeal = anAppeal().build();

        assertThat(appeal.accept(actor(WU), now)).isEqualTo(new Refusal("该诉求不属于您所在部门"));
        assertThat(appeal.progress(actor(WU), now, "看看")).isEqualTo(new Refusal("该诉求不属于您所在部门"));
        assertThat(appeal.status()).isEqualTo(AppealStatus.PENDING);
    }

    @Test
    void refusesASecondAcceptSayingItIsAlreadyInHand() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").build();

        Transition t = appeal.accept(actor(LI), now);

        assertThat(t).isEqualTo(new Refusal("该诉求已受理, 当前状态: 办理中"));
        assertThat(appeal.state().handlerUserId()).isEqualTo("zhang.san");
    }

    @Test
    void dispatchersAndLeadersMayActOnEveryDepartmentsAppeals() {
        assertThat(anAppeal().build().accept(actor(SUN), now).done()).isTrue();
        assertThat(anAppeal().build().accept(actor(HR_LEADER), now).done()).isTrue();
        assertThat(anAppeal().build().accept(Actor.admin("admin"), now).done()).isTrue();
    }

    @Test
    void recordsProgressNotesOnlyOnceAccepted() {
        Appeal pending = anAppeal().build();
        assertThat(pending.progress(actor(ZHANG), now, "已派人查看"))
                .isEqualTo(new Refusal("该诉求尚未受理, 请先受理 (当前状态: 待受理)"));

        Appeal accepted = anAppeal().acceptedBy("zhang.san").build();
        Transition t = accepted.progress(actor(LI), now, "  已派人查看  ");

        assertThat(t.done()).isTrue();
        assertThat(accepted.timeline().last(AppealEventType.PROGRESS)).hasValueSatisfying(e -> {
            assertThat(e.note()).isEqualTo("已派人查看");
            assertThat(e.actor()).isEqualTo("li.si");
        });
        assertThat(accepted.status()).isEqualTo(AppealStatus.ACCEPTED);
    }

    @Test
    void refusesEmptyNotes() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").build();
        assertThat(appeal.progress(actor(ZHANG), now, " ")).isEqualTo(new Refusal("请写明进展内容"));
        assertThat(appeal.resolve(actor(ZHANG), now, null)).isEqualTo(new Refusal("请写明办理结果"));
        assertThat(appeal.newEvents()).isEmpty();
    }

    @Test
    void resolvesWithTheResultAndAwaitsTheRating() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").build();

        Transition t = appeal.resolve(actor(ZHANG), now, "路灯已更换");

        assertThat(t.done()).isTrue();
        assertThat(appeal.status()).isEqualTo(AppealStatus.RESOLVED);
        assertThat(appeal.state().resolvedAt()).isEqualTo(now);
        assertThat(appeal.timeline().last(AppealEventType.RESOLVED).orElseThrow().note()).isEqualTo("路灯已更换");
    }

    @Test
    void refusesToResolveWhatIsResolvedOrClosed() {
        Appeal appeal = anAppeal().resolvedBy("zhang.san", now).build();

        assertThat(appeal.resolve(actor(ZHANG), now, "再次办结"))
                .isEqualTo(new Refusal("该诉求当前状态: 已办结待评价, 不能办结"));
    }
}
