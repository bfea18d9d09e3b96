package cn.xuanhua.bot.core.outbound;

import java.util.List;

/**
 * Something the bot will say, written to the outbox in the same transaction as the change it reports.
 *
 * @param idempotencyKey unique per notice (e.g. {@code XH20261126-0007:accepted:group}); a second enqueue with
 *                       the same key is ignored, so a retried use case never posts twice
 * @param recipient      where it goes
 * @param format         markdown or plain text
 * @param content        the text, already masked where it goes to a group
 * @param mentions       WeCom userids to @-mention (group posts only)
 * @param appealNumber   the appeal it is about, if any (for the console)
 */
public record OutboundMessage(String idempotencyKey, Recipient recipient, MessageFormat format, String content,
                              List<String> mentions, String appealNumber) {

    public OutboundMessage {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    public static OutboundMessage markdown(String key, Recipient to, String content, String appealNumber) {
        return new OutboundMessage(key, to, MessageFormat.MARKDOWN, content, List.of(), appealNumber);
    }

    public static OutboundMessage text(String key, Recipient to, String content, String appealNumber) {
        return new OutboundMessage(key, to, MessageFormat.TEXT, content, List.of(), appealNumber);
    }

    public OutboundMessage mentioning(List<String> userIds) {
        return new OutboundMessage(idempotencyKey, recipient, format, content, userIds, appealNumber);
    }
}
