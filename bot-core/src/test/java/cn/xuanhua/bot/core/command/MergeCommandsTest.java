package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import org.junit.jupiter.api.Test;

import static cn.xuanhua.bot.core.support.AppealFixture.anAppeal;
import static org.assertj.core.api.Assertions.assertThat;

/** 并单 主编号 编号 and 拆单 编号 by dispatchers and leaders (docs/chat.md). */
class MergeCommandsTest {
    private static final String KEPT = "XH20261126-0007";
    private static final String AWAY = "XH20261126-0008";
    private final HandlerFixture f = new HandlerFixture();

    private void twoAppealsOfTheGroup() {
        f.with(anAppeal().build(), anAppeal().withNumber(AWAY).withRequester("li.owner").build());
    }

    @Test
    void aDispatcherMergesAnAppealIntoAnotherAndEveryRequesterIsMentioned() {
        twoAppealsOfTheGroup();

        CommandResult result = f.says("disp.sun", "并单 " + KEPT + " " + AWAY);

        assertThat(result.outcome()).isEqualTo(Outcome.DONE);
        assertThat(f.appeals.stored(AWAY).status()).isEqualTo(AppealStatus.CLOSED);
        assertThat(f.appeals.stored(AWAY).mergedInto()).hasValueSatisfying(n -> assertThat(n.value()).isEqualTo(KEPT));
        assertThat(f.appeals.stored(KEPT).requesters()).endsWith("li.owner").hasSize(2);
        OutboundMessage post = f.postsTo("tw-nanguan").get(0);
        assertThat(post.content()).contains("诉求已并单", KEPT, AWAY);
        assertThat(post.mentions()).contains("li.owner").hasSize(2);
    }

    @Test
    void splittingGivesTheRequestersBackAndReopensTheAppealMergedAway() {
        twoAppealsOfTheGroup();
        f.says("disp.sun", "并单 " + KEPT + " " + AWAY);

        CommandResult result = f.says("disp.sun", "拆单 " + AWAY);

        assertThat(result.outcome()).isEqualTo(Outcome.DONE);
        assertThat(f.appeals.stored(AWAY).status()).isEqualTo(AppealStatus.PENDING);
        assertThat(f.appeals.stored(AWAY).mergedInto()).isEmpty();
        assertThat(f.appeals.stored(KEPT).requesters()).doesNotContain("li.owner").hasSize(1);
    }

    @Test
    void staffMayNotMergeAndAnotherGroupsAppealIsNotMerged() {
        f.with(anAppeal().build(), anAppeal().withNumber(AWAY).withGroup("tw-gongyejie").build());

        assertThat(f.says("zhang.san", "并单 " + KEPT + " " + AWAY).answer()).contains("只有分拨员或领导可以并单");
        assertThat(f.says("disp.sun", "并单 " + KEPT + " " + AWAY).answer()).contains("只能合并同一个群的诉求");
        assertThat(f.appeals.stored(AWAY).status()).isEqualTo(AppealStatus.PENDING);
    }

    @Test
    void anAppealNotMergedNeedsNoSplit() {
        twoAppealsOfTheGroup();
        assertThat(f.says("disp.sun", "拆单 " + AWAY).answer()).contains("无需拆单");
    }
}
