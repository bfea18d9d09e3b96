package cn.xuanhua.bot.core.outbound;

/**
 * An outbox post a sender holds the lease on.
 *
 * @param id          the post's row in the outbox, for marking it
 * @param deliveryId  the post's own random identity, unique across deployments and database restores (the
 *                    idempotency key is not: it is made of appeal numbers)
 * @param attempts    attempts so far, this one included
 * @param message     what to send
 * @param heldByLimit whether it last waited for its chat's limit ({@link OutboxQueue#holdForLimit}): a person's
 *                    notices that waited go out together
 */
public record ClaimedPost(long id, String deliveryId, int attempts, OutboundMessage message, boolean heldByLimit) {
}
