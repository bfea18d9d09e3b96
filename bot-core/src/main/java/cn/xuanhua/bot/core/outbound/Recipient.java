package cn.xuanhua.bot.core.outbound;

/**
 * Where an outbound message goes. The WeCom adapter decides how: a group by its binding (webhook, appchat,
 * customer-group template), a staff member by app message, a reply by the AI bot's one-use response_url.
 */
public sealed interface Recipient {

    /** A key that identifies the destination, for the console's outbox view. */
    String describe();

    /**
     * The chat a message appears in: a reply shows in its group like the group's own posts (so the two share the
     * group's order and its limit of posts a minute); a notice in the person's private chat.
     */
    default String chat() {
        return describe();
    }

    /** Post into a group the bot serves. */
    record Group(String groupCode) implements Recipient {
        @Override
        public String describe() {
            return "group:" + groupCode;
        }
    }

    /** A private app message to one staff member (or any WeCom user) by userid. */
    record User(String userId) implements Recipient {
        @Override
        public String describe() {
            return "user:" + userId;
        }
    }

    /**
     * The card one person tapped, to be updated in place ({@code update_template_card}) with the one-use
     * {@code responseCode} the tap carried (valid 72 hours). It appears in the person's private chat, so it keeps
     * that chat's order and limit.
     */
    record TappedCard(String userId, String responseCode) implements Recipient {
        @Override
        public String describe() {
            return "card:" + userId;
        }

        @Override
        public String chat() {
            return "user:" + userId;
        }

        @Override
        public String toString() {
            // The response code is a one-use credential: never print it.
            return "TappedCard[userId=" + userId + "]";
        }
    }

    /**
     * The answer to one AI-bot message through its response_url (one use, valid one hour). The group is kept so
     * the sender can fall back to the group's own binding when the URL has expired or was used.
     */
    record Reply(String responseUrl, String groupCode) implements Recipient {
        @Override
        public String describe() {
            return "reply:" + (groupCode == null ? "-" : groupCode);
        }

        @Override
        public String chat() {
            return groupCode == null ? describe() : "group:" + groupCode;
        }

        @Override
        public String toString() {
            // response_url carries a one-use credential: never print it.
            return "Reply[groupCode=" + groupCode + "]";
        }
    }
}
