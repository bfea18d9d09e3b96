package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.admin.persistence.MybatisOutbox;
import cn.xuanhua.bot.core.coordination.RateLimiter;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.port.SharedState;
import cn.xuanhua.bot.wecom.send.Destination;
import cn.xuanhua.bot.wecom.send.DestinationResolver;
import cn.xuanhua.bot.wecom.send.SendOutcome;
import cn.xuanhua.bot.wecom.send.WeComSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

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

    /** Retry policy: attempts before parking, and the back-off's first step and ceiling. */
    public record Policy(int maxAttempts, Duration baseDelay, Duration maxDelay, int webhookPerMinute) {
    }

    private final MybatisOutbox outbox;
    private final DestinationResolver resolver;
    private final WeComSender sender;
    private final RateLimiter rateLimiter;
    private final SharedState state;
    private final Policy policy;

    public OutboxDelivery(MybatisOutbox outbox, DestinationResolver resolver, WeComSender sender,
                          RateLimiter rateLimiter, SharedState state, Policy policy) {
        this.outbox = outbox;
        this.resolver = resolver;
        this.sender = sender;
        this.rateLimiter = rateLimiter;
        this.state = state;
        this.policy = policy;
    }

    public void deliver(MybatisOutbox.Claimed c) {
        OutboundMessage m = c.message();
        if (state.get(sentMark(c)).isPresent()) {
            outbox.sent(c);
            return;
        }
        DestinationResolver.Resolution resolution = resolver.resolve(m.recipient());
        if (!resolution.reachable()) {
            outbox.park(c, resolution.problem());
            return;
        }
        SendOutcome outcome = sendWithinRate(c, resolution.destination());
        if (outcome instanceof SendOutcome.Rejected && m.recipient() instanceof Recipient.Reply reply
                && reply.groupCode() != null) {
            // The reply URL is used up or expired: say it in the group the normal way instead.
            DestinationResolver.Resolution group = resolver.group(reply.groupCode());
            outcome = group.reachable() ? sendWithinRate(c, group.destination()) : outcome;
        }
        record(c, outcome);
    }

    private SendOutcome sendWithinRate(MybatisOutbox.Claimed c, Destination destination) {
        String rateKey = destination.rateKey();
        if (rateKey != null && !rateLimiter.tryAcquire(rateKey, policy.webhookPerMinute(), Duration.ofMinutes(1))) {
            Duration wait = rateLimiter.untilNextWindow(rateKey);
            return new SendOutcome.RateLimited(wait.isZero() ? Duration.ofSeconds(1) : wait);
        }
        OutboundMessage m = c.message();
        return sender.send(destination, m.format(), m.content(), m.mentions());
    }

    private void record(MybatisOutbox.Claimed c, SendOutcome outcome) {
        OutboundMessage m = c.message();
        if (outcome instanceof SendOutcome.RateLimited limited) {
            // Over the per-minute limit: wait for the window to end; this was not an attempt.
            outbox.retryLater(c, limited.retryAfter(), "rate limited", false);
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
    private static String sentMark(MybatisOutbox.Claimed c) {
        return "outbox-sent:" + c.deliveryId();
    }
}
