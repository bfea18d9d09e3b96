package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.AppealEventType;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.appeal.Satisfaction;
import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Recipient;
import org.junit.jupiter.api.Test;

import static cn.xuanhua.bot.core.command.HandlerFixture.NUMBER;
import static cn.xuanhua.bot.core.command.HandlerFixture.RESPONSE_URL;
import static cn.xuanhua.bot.core.support.AppealFixture.anAppeal;
import static cn.xuanhua.bot.core.support.AppealFixture.at;
import static cn.xuanhua.bot.core.support.People.*;
import static org.assertj.core.api.Assertions.assertThat;

/** What business owners do in their group: rate, 补充, 查询. */
class RequesterCommandsTest {
    private final HandlerFixture f = new HandlerFixture();

    @Test
    void satisfiedClosesTheAppealAndThanksTheRequesterInTheGroup() {
        f.with(anAppeal().resolvedBy("zhang.san", at("2026-11-25T16:00")).build());

        CommandResult result = f.saysIn("tw-nanguan", REQUESTER, "满意 XH20261126-0007");

        assertThat(result.outcome()).isEqualTo(Outcome.DONE);
        assertThat(f.appeals.stored(NUMBER).status()).isEqualTo(AppealStatus.CLOSED);
        assertThat(f.appeals.stored(NUMBER).state().satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(f.outbox.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.recipient()).isEqualTo(new Recipient.Reply(RESPONSE_URL, "tw-nanguan"));
            assertThat(reply.content()).contains("感谢您的评价 (满意)", "已结案");
        });
        assertThat(f.noticesTo("zhang.san")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("收到评价「满意」");
    }

    @Test
    void dissatisfiedReopensItAndTellsTheHandler() {
        f.with(anAppeal().resolvedBy("zhang.san", at("2026-11-25T16:00")).build());

        CommandResult result = f.saysIn("tw-nanguan", REQUESTER, "不满意 0007 路灯还是不亮");

        assertThat(f.appeals.stored(NUMBER).status()).isEqualTo(AppealStatus.ACCEPTED);
        assertThat(f.appeals.stored(NUMBER).state().reopened()).isTrue();
        assertThat(result.answer()).contains("不满意", "已交回 城市管理局 重新办理");
        assertThat(f.noticesTo("zhang.san")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("「不满意: 路灯还是不亮」", "重新打开");
    }

    @Test
    void onlyTheRequesterRates() {
        f.with(anAppeal().resolvedBy("zhang.san", at("2026-11-25T16:00")).build());

        CommandResult result = f.saysIn("tw-nanguan", STRANGER, "满意 XH20261126-0007");

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.answer()).contains("只有诉求提交人可以评价");
        assertThat(f.appeals.stored(NUMBER).status()).isEqualTo(AppealStatus.RESOLVED);
    }

    @Test
    void aRequestersShortNumberIsLookedUpAmongTheirOwnAppeals() {
        f.with(anAppeal().resolvedBy("zhang.san", at("2026-11-25T16:00")).build(),
                anAppeal().withNumber("XH20261125-0007").withRequester("boss.liu").build());

        assertThat(f.saysIn("tw-nanguan", REQUESTER, "满意 7").outcome()).isEqualTo(Outcome.DONE);
        assertThat(f.saysIn("tw-nanguan", STRANGER, "满意 7").answer()).contains("您提交的诉求中没有编号以 7 结尾");
    }

    @Test
    void aSupplementReachesTheWholeDepartmentUntilSomeoneAccepts() {
        f.with(anAppeal().build());

        f.saysIn("tw-nanguan", REQUESTER, "补充 0007 门牌号是南关大街12号");

        assertThat(f.appeals.stored(NUMBER).timeline().last(AppealEventType.SUPPLEMENTED))
                .hasValueSatisfying(e -> assertThat(e.note()).isEqualTo("门牌号是南关大街12号"));
        assertThat(f.noticesTo("zhang.san")).hasSize(1);
        assertThat(f.noticesTo("li.si")).hasSize(1);
        assertThat(f.noticesTo("urban.zhao")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("提交人补充: 门牌号是南关大街12号");
        assertThat(f.outbox.replies()).singleElement().extracting(OutboundMessage::content).asString()
                .contains("已转告 城市管理局");
    }

    @Test
    void anyoneQueriesStatusDepartmentDueDateAndLastProgressMasked() {
        f.with(anAppeal().acceptedBy("zhang.san").build());
        var appeal = f.appeals.stored(NUMBER);
        appeal.progress(Actor.staff(ZHANG), at("2026-11-26T09:00"), "已约王老板13812345678明天上门");
        f.appeals.update(appeal);

        CommandResult result = f.saysIn("tw-nanguan", STRANGER, "查询 XH20261126-0007");

        assertThat(result.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(result.answer()).contains(NUMBER, "办理中", "城市管理局 (受理人 张三)", "12月3日 17:30",
                "最新进展: 已约王老板138****5678明天上门").doesNotContain("13812345678");
        assertThat(f.appeals.updates()).as("the query itself changes nothing").isEqualTo(1);
    }

    @Test
    void aQueryFromAnotherGroupOrAStrangerInPrivateIsRefusedAndTellsNothing() {
        f.with(anAppeal().acceptedBy("zhang.san").build());

        CommandResult otherGroup = f.saysIn("ind-startup", STRANGER, "#查询 XH20261126-0007");
        CommandResult privately = f.says(STRANGER, "查询 XH20261126-0007");

        for (CommandResult refused : java.util.List.of(otherGroup, privately)) {
            assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(refused.answer()).contains("不是本群的诉求").doesNotContain("路灯", "城市管理局", "张三", "12月3日");
        }
    }

    @Test
    void theRequesterAndTheDepartmentMayQueryFromAnywhere() {
        f.with(anAppeal().acceptedBy("zhang.san").build());
        assertThat(f.says(REQUESTER, "查询 XH20261126-0007").outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(f.says("li.si", "查询 XH20261126-0007").outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(f.saysIn("ind-startup", "disp.sun", "查询 XH20261126-0007").outcome()).isEqualTo(Outcome.ANSWERED);
    }

    @Test
    void queryOfAnUnknownNumberSaysSo() {
        assertThat(f.says(STRANGER, "查询 XH20261126-0099").answer()).isEqualTo("未找到诉求 XH20261126-0099");
    }
}
