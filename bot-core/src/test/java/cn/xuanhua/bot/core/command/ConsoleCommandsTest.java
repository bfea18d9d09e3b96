package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.support.People;
import org.junit.jupiter.api.Test;

import static cn.xuanhua.bot.core.command.HandlerFixture.NUMBER;
import static cn.xuanhua.bot.core.support.AppealFixture.anAppeal;
import static org.assertj.core.api.Assertions.assertThat;

/** Actions from the admin console: the same checks, notices and group posts as chat commands, no answer sent. */
class ConsoleCommandsTest {
    private final HandlerFixture f = new HandlerFixture();
    private final AppealRef ref = new AppealRef.Full(AppealNumber.parse(NUMBER));

    private CommandResult console(Actor by, Command command) {
        return f.handler.handle(new CommandRequest("console-1", by.userId(), ChatContext.console(), ""), command, by);
    }

    @Test
    void anAdministratorAcceptsLikeADispatcherAndTheGroupIsTold() {
        f.with(anAppeal().build());

        CommandResult result = console(Actor.admin("admin"), new Accept(ref));

        assertThat(result.outcome()).isEqualTo(Outcome.DONE);
        assertThat(result.answer()).contains("已受理", NUMBER);
        assertThat(f.appeals.stored(NUMBER).status()).isEqualTo(AppealStatus.ACCEPTED);
        assertThat(f.postsTo("tw-nanguan")).singleElement().extracting(OutboundMessage::content).asString()
                .contains("诉求已受理", NUMBER);
        assertThat(f.outbox.messages()).noneMatch(m -> m.idempotencyKey().startsWith("answer:"));
    }

    @Test
    void theGroupSeesTheDepartmentNotTheConsoleAccountOfAnAdministrator() {
        f.with(anAppeal().build());

        console(Actor.admin("admin"), new Accept(ref));
        console(Actor.admin("admin"), new Supervise(ref, "请加快办理"));

        assertThat(f.postsTo("tw-nanguan")).hasSize(2).allSatisfy(post -> assertThat(post.content())
                .doesNotContain("admin").doesNotContain("console"));
        assertThat(f.postsTo("tw-nanguan").get(0).content()).contains("承办: 城市管理局\n");
    }

    @Test
    void aStaffMemberInTheConsoleIsRefusedOnAnotherDepartmentsAppealWithTheChatReason() {
        f.with(anAppeal().build());

        CommandResult result = console(People.actor(People.WU), new Accept(ref));

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.answer()).contains("该诉求不属于您所在部门");
        assertThat(f.appeals.stored(NUMBER).status()).isEqualTo(AppealStatus.PENDING);
        assertThat(f.outbox.messages()).isEmpty();
    }

    @Test
    void noticesAfterAnAdministratorsAcceptanceGoToTheDepartmentNotToTheConsoleAccount() {
        f.with(anAppeal().build());
        console(Actor.admin("admin"), new Accept(ref));

        f.says(People.REQUESTER, "补充 " + NUMBER + " 路灯在东侧");

        assertThat(f.outbox.messages()).noneMatch(m -> m.recipient().describe().startsWith("user:console:"));
        assertThat(f.noticesTo("zhang.san")).anySatisfy(m -> assertThat(m.content()).contains("路灯在东侧"));
    }
}
