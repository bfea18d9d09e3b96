package cn.xuanhua.bot.core.inbound;

import java.time.ZonedDateTime;

/**
 * One message a person sent to the bot, whatever the channel. It is stored in the inbox before WeCom is
 * answered, and processed from there.
 *
 * @param messageId    WeCom's message id, unique per channel; the inbox key that makes retries harmless
 * @param channel      how it arrived
 * @param chatId       the group's WeCom chat id, or null in a private chat
 * @param group        whether it was said in a group (else a private chat)
 * @param senderUserId the sender's WeCom userid
 * @param text         the text, with a leading @-mention of the bot removed
 * @param responseUrl  the AI bot's one-use reply URL, or (a card tap) the card's one-use response code, or null
 * @param sentAt       when it was sent (or received, when the channel does not say)
 */
public record InboundMessage(String messageId, Channel channel, String chatId, boolean group, String senderUserId,
                             String text, String responseUrl, ZonedDateTime sentAt) {

    /** The inbox key: message ids are unique per channel only. */
    public String inboxKey() {
        return channel.name().toLowerCase() + ":" + messageId;
    }

    @Override
    public String toString() {
        // The text may hold personal data and response_url a one-use credential: neither is printed.
        return "InboundMessage[" + inboxKey() + ", chat=" + chatId + ", from=" + senderUserId + "]";
    }
}
