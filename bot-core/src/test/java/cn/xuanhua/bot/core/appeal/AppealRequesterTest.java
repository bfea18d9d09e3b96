package cn.xuanhua.bot.core.appeal;

import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;

import static cn.xuanhua.bot.core.support.AppealFixture.anAppeal;
import static cn.xuanhua.bot.core.support.AppealFixture.at;
import static cn.xuanhua.bot.core.support.People.*;
import static org.assertj.core.api.Assertions.assertThat;

/** What only the requester may do: 补充 and rating. */
class AppealRequesterTest {
    private final ZonedDateTime resolvedAt = at("2026-11-30T16:00");
    private final ZonedDateTime now = at("2026-12-01T09:00");

    @Test
    void satisfiedClosesIt() {
        Appeal appeal = anAppeal().resolvedBy("zhang.san", resolvedAt).build();

        Transition t = appeal.rate(requester(), now, Satisfaction.SATISFIED, null);

        assertThat(t.done()).isTrue();
        assertThat(appeal.status()).isEqualTo(AppealStatus.CLOSED);
        assertThat(appeal.state().satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(appeal.state().ratedAt()).isEqualTo(now);
        assertThat(appeal.state().closedAt()).isEqualTo(now);
        assertThat(appeal.state().reopened()).isFalse();
    }

    @Test
    void basicallySatisfiedAlsoClosesItAndCountsAsSatisfied() {
        Appeal appeal = anAppeal().resolvedBy("zhang.san", resolvedAt).build();

        appeal.rate(requester(), now, Satisfaction.BASICALLY_SATISFIED, "还行");

        assertThat(appeal.status()).isEqualTo(AppealStatus.CLOSED);
        assertThat(appeal.state().satisfaction().countsAsSatisfied()).isTrue();
        assertThat(appeal.timeline().last(AppealEventType.RATED).orElseThrow().note()).isEqualTo("基本满意: 还行");
    }

    @Test
    void dissatisfiedReopensItAtItsDepartmentAsNotSolved() {
        Appeal appeal = anAppeal().resolvedBy("zhang.san", resolvedAt).build();

        Transition t = appeal.rate(requester(), now, Satisfaction.DISSATISFIED, "路灯还是不亮");

        assertThat(appeal.status()).isEqualTo(AppealStatus.ACCEPTED);
        assertThat(appeal.state().reopened()).isTrue();
        assertThat(appeal.state().satisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
        assertThat(appeal.state().satisfaction().countsAsSatisfied()).isFalse();
        assertThat(appeal.state().handlerUserId()).isEqualTo("zhang.san");
        assertThat(appeal.state().closedAt()).isNull();
        Transition.Done done = (Transition.Done) t;
        assertThat(done.events()).extracting(AppealEvent::type)
                .containsExactly(AppealEventType.RATED, AppealEventType.REOPENED);
        assertThat(done.sequenceOf(1)).isEqualTo(done.firstSequence() + 1);
        assertThat(appeal.resolve(actor(ZHANG), now.plusDays(1), "已重新更换").done()).as("handled again").isTrue();
    }

    @Test
    void onlyTheRequesterRatesAndOnlyAfterResolution() {
        Appeal resolved = anAppeal().resolvedBy("zhang.san", resolvedAt).build();
        assertThat(resolved.rate(stranger(), now, Satisfaction.SATISFIED, null))
                .isEqualTo(new Refusal("只有诉求提交人可以评价"));
        assertThat(resolved.rate(actor(ZHANG), now, Satisfaction.SATISFIED, null))
                .isEqualTo(new Refusal("只有诉求提交人可以评价"));
        assertThat(resolved.status()).isEqualTo(AppealStatus.RESOLVED);

        Appeal accepted = anAppeal().acceptedBy("zhang.san").build();
        assertThat(accepted.rate(requester(), now, Satisfaction.SATISFIED, null))
                .isEqualTo(new Refusal("该诉求尚未办结, 办结后才能评价 (当前状态: 办理中)"));
    }

    @Test
    void aClosedAppealIsNotRatedTwice() {
        Appeal appeal = anAppeal().resolvedBy("zhang.san", resolvedAt).build();
        appeal.rate(requester(), now, Satisfaction.SATISFIED, null);

        assertThat(appeal.rate(requester(), now, Satisfaction.DISSATISFIED, null))
                .isEqualTo(new Refusal("该诉求当前状态: 已结案, 不能评价"));
        assertThat(appeal.state().satisfaction()).isEqualTo(Satisfaction.SATISFIED);
    }

    @Test
    void theRequesterSupplementsUntilItIsClosed() {
        Appeal appeal = anAppeal().acceptedBy("zhang.san").build();

        Transition t = appeal.supplement(requester(), now, "另外路口的红绿灯也坏了");

        assertThat(t.done()).isTrue();
        assertThat(appeal.timeline().last(AppealEventType.SUPPLEMENTED).orElseThrow())
                .extracting(AppealEvent::actor, AppealEvent::note)
                .containsExactly("boss.wang", "另外路口的红绿灯也坏了");
        assertThat(appeal.status()).isEqualTo(AppealStatus.ACCEPTED);
    }

    @Test
    void othersMayNotSupplement() {
        Appeal appeal = anAppeal().build();
        assertThat(appeal.supplement(stranger(), now, "我也是")).isEqualTo(new Refusal("只有诉求提交人可以补充"));
        assertThat(appeal.supplement(actor(ZHANG), now, "内部备注")).isEqualTo(new Refusal("只有诉求提交人可以补充"));
        assertThat(appeal.supplement(requester(), now, "")).isEqualTo(new Refusal("请写明补充内容"));
        assertThat(appeal.newEvents()).isEmpty();
    }
}
