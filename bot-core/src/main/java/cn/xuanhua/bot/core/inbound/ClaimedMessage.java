package cn.xuanhua.bot.core.inbound;

/**
 * A stored inbound message a worker holds the lease on.
 *
 * @param id       the message's row in the inbox, for marking it
 * @param attempts attempts so far, this one included
 * @param message  the message itself
 */
public record ClaimedMessage(long id, int attempts, InboundMessage message) {
}
