package cn.xuanhua.bot.core.inbound;


/**
 * Durable storage of every inbound message, written before WeCom hears 200 so that nothing a user sent is lost
 * across a crash. Implemented by persistence (the {@code inbox_message} table, unique on the message id).
 */
public interface Inbox {

    /**
     * Stores the message for processing.
     *
     * @return true when it was new, false when the same message id was already stored (a WeCom retry)
     */
    boolean store(InboundMessage message);
}
