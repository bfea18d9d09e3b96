package cn.xuanhua.bot.wecom.send;

import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.outbound.Recipient;

/**
 * Turns a core recipient into a WeCom destination. A group's binding decides: its robot webhook key, the
 * appchat the app created, or the customer-group template its owner confirms. This is the bot's one rule for whether
 * a group can be posted to ({@link WeComMessageSender#reach}).
 */
class DestinationResolver {
    private final Groups groups;

    DestinationResolver(Groups groups) {
        this.groups = groups;
    }

    /** The destination, or an explanation why the recipient cannot be reached as things are bound now. */
    Resolution resolve(Recipient recipient) {
        if (recipient instanceof Recipient.User u) {
            return Resolution.of(new Destination.AppUser(u.userId()));
        }
        if (recipient instanceof Recipient.TappedCard c) {
            return Resolution.of(new Destination.TappedCard(c.userId(), c.responseCode()));
        }
        if (recipient instanceof Recipient.Reply r) {
            return Resolution.of(new Destination.ResponseUrl(r.responseUrl()));
        }
        return group(((Recipient.Group) recipient).groupCode());
    }

    /** The group's own binding, used for group posts and when a reply URL can no longer be used. */
    Resolution group(String code) {
        ChatGroup g = groups.byCode(code).orElse(null);
        if (g == null) {
            return Resolution.unreachable("未知的群 " + code);
        }
        switch (g.binding()) {
            case WEBHOOK:
                return g.webhookKey() != null && g.webhookKey().isSet()
                        ? Resolution.of(new Destination.Webhook(g.webhookKey()))
                        : Resolution.unreachable("群 " + code + " 未设置机器人 webhook key");
            case APPCHAT:
                return g.chatId() != null ? Resolution.of(new Destination.AppChat(g.chatId()))
                        : Resolution.unreachable("群 " + code + " 未绑定 chatId");
            default:
                return g.chatId() != null && g.ownerUserId() != null
                        ? Resolution.of(new Destination.CustomerGroup(g.chatId(), g.ownerUserId()))
                        : Resolution.unreachable("客户群 " + code + " 未绑定 chatId 或群主");
        }
    }

    /** A destination, or why there is none. */
    record Resolution(Destination destination, String problem) {
        static Resolution of(Destination d) {
            return new Resolution(d, null);
        }

        static Resolution unreachable(String problem) {
            return new Resolution(null, problem);
        }

        boolean reachable() {
            return destination != null;
        }
    }
}
