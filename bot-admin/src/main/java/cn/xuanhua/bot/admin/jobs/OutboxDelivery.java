package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.core.coordination.RateLimiter;
import cn.xuanhua.bot.core.coordination.SharedState;
import cn.xuanhua.bot.core.outbound.ClaimedPost;
import cn.xuanhua.bot.core.outbound.MessageSender;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.OutboxQueue;
import cn.xuanhua.bot.core.outbound.Reachability;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.outbound.SendOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Delivers one claimed outbox message: honours the per-key rate limit shared by all instances, sends once,
 * then records the outcome — sent, retry later with exponential back-off (at least a minute when WeCom throttles),
 * or parked for the console after the last attempt. A "sent" mark in shared state, written the moment WeCom accepts,
 * keeps a message from going out twice when an instance dies before it can record the send; it names the post's own
 * delivery id, so it can only ever skip that very post.
 */
public class OutboxDelivery {
    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final Duration SENT_MARK_TTL = Duration.ofDays(2);

    /**
     * Retry policy: attempts before parking, the back-off's first step and ceiling; and the limits on one chat: at
     * most {@code webhookPerMinute} posts to a group in any minute (replies through response_url included), at most
     * {@code userPerMinute} notices to one person, beyond which that person's waiting notices go out together.
     */
    public record Policy(int maxAttempts, Duration baseDelay, Duration maxDelay, int webhookPerMinute,
                         int userPerMinute) {
    }

    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** How long a sender holds a claimed post before another may take it over. */
    static final Duration LEASE = Duration.ofSeconds(60);
    /** At most this many waiting notices of one person go out as one message. */
    private static final int MAX_BATCH = 20;

    private final OutboxQueue outbox;
    private final MessageSender sender;
    private final RateLimiter rateLimiter;
    private final SharedState state;
    private final Policy policy;

    public OutboxDelivery(OutboxQueue outbox, MessageSender sender, RateLimiter rateLimiter, SharedState state,
                          Policy policy) {
        this.outbox = outbox;
        this.sender = sender;
        this.rateLimiter = rateLimiter;
        this.state = state;
        this.policy = policy;
    }

    public void deliver(ClaimedPost c) {
        OutboundMessage m = c.message();
        if (state.get(sentMark(c)).isPresent()) {
            outbox.sent(c);
            return;
        }
        Reachability reach = sender.reach(m.recipient());
        if (!reach.reachable()) {
            outbox.park(c, reach.problem());
            return;
        }
        Duration wait = takeChatSlot(m.recipient().chat());
        if (!wait.isZero()) {
            // Over the chat's limit: wait for the oldest post to leave the minute; this was not an attempt.
            outbox.holdForLimit(c, wait);
            return;
        }
        if (m.recipient() instanceof Recipient.User && c.heldByLimit()) {
            // This notice waited for the person's limit, so others likely queued behind it: one message for all.
            deliverWithWaitingNotices(c);
            return;
        }
        record(c, sender.send(m.recipient(), m.format(), m.content(), m.mentions()));
    }

    /**
     * A person's notices that queued up behind this one (they were over their limit a minute) go out together as one
     * message, oldest first, as many as fit; a lone notice goes out as it is.
     */
    private void deliverWithWaitingNotices(ClaimedPost head) {
        List<ClaimedPost> batch = new ArrayList<>(List.of(head));
        batch.addAll(outbox.claimBehind(head, MAX_BATCH - 1, LEASE));
        NoticeBatch combined = NoticeBatch.of(batch);
        combined.left().forEach(c -> outbox.retryLater(c, Duration.ZERO, null, false));
        OutboundMessage m = head.message();
        SendOutcome outcome = sender.send(m.recipient(), combined.format(), combined.content(), m.mentions());
        combined.included().forEach(c -> record(c, outcome));
    }

    /** Zero when the chat may take one more post now, else how long until it may. */
    private Duration takeChatSlot(String chat) {
        int limit = chat.startsWith("group:") ? policy.webhookPerMinute()
                : chat.startsWith("user:") ? policy.userPerMinute() : 0;
        return limit <= 0 ? Duration.ZERO : rateLimiter.acquire("chat:" + chat, limit, MINUTE);
    }

    private void record(ClaimedPost c, SendOutcome outcome) {
        OutboundMessage m = c.message();
        if (outcome instanceof SendOutcome.RateLimited limited) {
            // Over the per-minute limit: wait for the window to end; this was not an attempt.
            outbox.holdForLimit(c, limited.retryAfter());
        } else if (outcome instanceof SendOutcome.Delivered) {
            state.put(sentMark(c), "1", SENT_MARK_TTL);
            outbox.sent(c);
        } else if (outcome instanceof SendOutcome.RetryLater retry) {
            if (c.attempts() >= policy.maxAttempts()) {
                log.warn("parking outbox message {} after {} attempts: {}", m.idempotencyKey(), c.attempts(), retry.reason());
                outbox.park(c, retry.reason());
            } else {
                Duration delay = max(retry.atLeast(), backoff(c.attempts()));
                log.info("outbox message {} will be retried in {}: {}", m.idempotencyKey(), delay, retry.reason());
                outbox.retryLater(c, delay, retry.reason(), true);
            }
        } else {
            String reason = ((SendOutcome.Rejected) outcome).reason();
            log.warn("parking outbox message {}: {}", m.idempotencyKey(), reason);
            outbox.park(c, reason);
        }
    }

    private Duration backoff(int attempts) {
        Duration d = policy.baseDelay().multipliedBy(1L << Math.min(attempts - 1, 20));
        return d.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : d;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Keyed by the post's own delivery id, never by its idempotency key: that is made of appeal numbers, which
     * another deployment sharing this Redis, or this database restored from a backup, hands out again.
     */
    private static String sentMark(ClaimedPost c) {
        return "outbox-sent:" + c.deliveryId();
    }
}
