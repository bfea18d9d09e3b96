package cn.xuanhua.bot.wecom.send;

import cn.xuanhua.bot.core.Secret;

/** A concrete WeCom destination, resolved from a core {@code Recipient} by the group's binding. */
public sealed interface Destination {

    /** The key under which sends to this destination are rate-limited, or null for no limit. */
    String rateKey();

    /** A group robot: {@code /cgi-bin/webhook/send?key=KEY}, 20 messages a minute per key. */
    record Webhook(Secret key) implements Destination {
        @Override
        public String rateKey() {
            // A digest stands for the key, so the key itself never appears even in Redis key names.
            return "webhook:" + Digests.sha256Prefix(key.reveal());
        }
    }

    /** A group the app created: {@code /cgi-bin/appchat/send}. */
    record AppChat(String chatId) implements Destination {
        @Override
        public String rateKey() {
            return "appchat:" + chatId;
        }
    }

    /** An external customer group: {@code add_msg_template}, confirmed by the owner in the client. */
    record CustomerGroup(String chatId, String ownerUserId) implements Destination {
        @Override
        public String rateKey() {
            return null;
        }
    }

    /** A user's private chat with the app: {@code /cgi-bin/message/send}. */
    record AppUser(String userId) implements Destination {
        @Override
        public String rateKey() {
            return null;
        }
    }

    /** The one-use reply URL of an AI-bot message. */
    record ResponseUrl(String url) implements Destination {
        @Override
        public String rateKey() {
            return null;
        }

        @Override
        public String toString() {
            return "ResponseUrl[hidden]";
        }
    }
}
