package cn.xuanhua.bot.wecom.send;

import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.outbound.MessageFormat;
import cn.xuanhua.bot.core.outbound.MessageSender;
import cn.xuanhua.bot.core.outbound.Reachability;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.outbound.SendOutcome;
import me.chanjar.weixin.cp.api.WxCpService;

import java.util.List;

/**
 * The core's {@link MessageSender} on WeCom: each recipient is resolved to its WeCom destination by the group's
 * binding ({@link DestinationResolver}) and sent there in one attempt ({@link WeComSender}). A reply whose
 * response_url WeCom refuses goes into its group the normal way instead.
 */
public class WeComMessageSender implements MessageSender {
    private final DestinationResolver resolver;
    private final WeComSender sender;

    /** {@code agentId}: the self-built app's, for app messages; {@code groups}: where the bindings are read. */
    public WeComMessageSender(WxCpService wecom, Integer agentId, Groups groups) {
        this.resolver = new DestinationResolver(groups);
        this.sender = new WeComSender(wecom, agentId, new ResponseUrlClient());
    }

    @Override
    public Reachability reach(Recipient recipient) {
        DestinationResolver.Resolution resolution = resolver.resolve(recipient);
        return resolution.reachable() ? Reachability.REACHABLE : Reachability.unreachable(resolution.problem());
    }

    @Override
    public SendOutcome send(Recipient recipient, MessageFormat format, String content, List<String> mentions) {
        DestinationResolver.Resolution resolution = resolver.resolve(recipient);
        if (!resolution.reachable()) {
            return new SendOutcome.Rejected(resolution.problem());
        }
        SendOutcome outcome = sender.send(resolution.destination(), format, content, mentions);
        if (outcome instanceof SendOutcome.Rejected && recipient instanceof Recipient.Reply reply
                && reply.groupCode() != null) {
            // The reply URL is used up or expired: say it in the group the normal way instead.
            DestinationResolver.Resolution group = resolver.group(reply.groupCode());
            outcome = group.reachable() ? sender.send(group.destination(), format, content, mentions) : outcome;
        }
        return outcome;
    }
}
