package cn.xuanhua.bot.wecom.send;

import cn.xuanhua.bot.core.Secret;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupBinding;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.outbound.MessageFormat;
import cn.xuanhua.bot.core.outbound.Reachability;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.outbound.SendOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a recipient can be reached is decided by the group's binding, here and nowhere else: the outbox parks posts
 * to an unreachable group and the Monday digests skip it. No WeCom call is made for any of this.
 */
class WeComMessageSenderTest {
    private final List<ChatGroup> bound = List.of(
            group("robot", GroupBinding.WEBHOOK, null, Secret.of("robot-key-1234"), null),
            group("no-robot", GroupBinding.WEBHOOK, "wrNoRobot", Secret.empty(), "owner.a"),
            group("app", GroupBinding.APPCHAT, "wrApp", Secret.empty(), null),
            group("app-unbound", GroupBinding.APPCHAT, null, Secret.of("robot-key-5678"), null),
            group("customers", GroupBinding.EXTERNAL, "wrCustomers", Secret.empty(), "owner.b"),
            group("customers-no-owner", GroupBinding.EXTERNAL, "wrOrphan", Secret.empty(), null));
    /** No WeCom client: nothing here may reach WeCom. */
    private final WeComMessageSender sender = new WeComMessageSender(null, 1000002, new ListedGroups(bound));

    @Test
    void aGroupIsReachableWhenItHasWhatItsBindingNeeds() {
        assertThat(reach("robot").reachable()).isTrue();
        assertThat(reach("app").reachable()).isTrue();
        assertThat(reach("customers").reachable()).isTrue();
    }

    @Test
    void aGroupLackingWhatItsBindingNeedsIsUnreachableWithTheReason() {
        assertThat(reach("no-robot").problem()).isEqualTo("群 no-robot 未设置机器人 webhook key");
        assertThat(reach("app-unbound").problem()).isEqualTo("群 app-unbound 未绑定 chatId");
        assertThat(reach("customers-no-owner").problem()).isEqualTo("客户群 customers-no-owner 未绑定 chatId 或群主");
        assertThat(reach("nowhere").problem()).isEqualTo("未知的群 nowhere");
    }

    @Test
    void aPersonAndAReplyAreAlwaysReachable() {
        assertThat(sender.reach(new Recipient.User("zhangsan")).reachable()).isTrue();
        assertThat(sender.reach(new Recipient.Reply("https://qyapi.example/reply?x=1", "no-robot")).reachable()).isTrue();
    }

    @Test
    void aPostToAnUnreachableGroupIsRejectedWithTheReasonAndNotSent() {
        SendOutcome outcome = sender.send(new Recipient.Group("no-robot"), MessageFormat.MARKDOWN, "已受理", List.of());

        assertThat(outcome).isEqualTo(new SendOutcome.Rejected("群 no-robot 未设置机器人 webhook key"));
    }

    private Reachability reach(String groupCode) {
        return sender.reach(new Recipient.Group(groupCode));
    }

    private static ChatGroup group(String code, GroupBinding binding, String chatId, Secret key, String owner) {
        return new ChatGroup(code, code, GroupKind.INDUSTRY, chatId, key, binding, owner, "drc");
    }

    private record ListedGroups(List<ChatGroup> all) implements Groups {
        @Override
        public Optional<ChatGroup> byCode(String code) {
            return all.stream().filter(g -> g.code().equals(code)).findFirst();
        }

        @Override
        public Optional<ChatGroup> byChatId(String chatId) {
            return all.stream().filter(g -> chatId.equals(g.chatId())).findFirst();
        }

        @Override
        public ChatGroup updateBinding(String code, String chatId, Secret webhookKey, String ownerUserId,
                                       cn.xuanhua.bot.core.org.GroupBinding mode) {
            throw new UnsupportedOperationException("bindings are read only here");
        }
    }
}
