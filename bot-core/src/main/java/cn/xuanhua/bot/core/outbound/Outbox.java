package cn.xuanhua.bot.core.outbound;


/**
 * The queue of everything the bot will send. Use cases enqueue inside the transaction of the change they
 * report, so a notice exists exactly when its change does; senders drain it later, with retries, and survive
 * restarts. Implemented by persistence (the {@code outbox_message} table).
 */
public interface Outbox {

    /** Queues a message; a message whose idempotency key is already queued or sent is ignored. */
    void enqueue(OutboundMessage message);
}
