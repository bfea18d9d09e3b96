package cn.xuanhua.bot.wecom.send;

import cn.xuanhua.bot.core.Secret;

/**
 * A concrete WeCom destination, resolved from a core {@code Recipient} by the group's binding. Rate limits are the
 * outbox's, per chat (a group, a person), whatever the channel.
 */
sealed interface Destination {

    /** A group robot: {@code /cgi-bin/webhook/send?key=KEY}, 20 messages a minute per key. */
    record Webhook(Secret key) implements Destination {
    }

    /** A group the app created: {@code /cgi-bin/appchat/send}. */
    record AppChat(String chatId) implements Destination {
    }

    /** An external customer group: {@code add_msg_template}, confirmed by the owner in the client. */
    record CustomerGroup(String chatId, String ownerUserId) implements Destination {
    }

    /** A user's private chat with the app: {@code /cgi-bin/message/send}. */
    record AppUser(String userId) implements Destination {
    }

    /** A card a user tapped: {@code /cgi-bin/message/update_template_card} with the tap's one-use response code. */
    record TappedCard(String userId, String responseCode) implements Destination {
        @Override
        public String toString() {
            return "TappedCard[" + userId + "]";
        }
    }

    /** The one-use reply URL of an AI-bot message. */
    record ResponseUrl(String url) implements Destination {
        @Override
        public String toString() {
            return "ResponseUrl[hidden]";
        }
    }
}
