package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.core.inbound.ClaimedMessage;
import cn.xuanhua.bot.core.inbound.InboundHandler;
import cn.xuanhua.bot.core.inbound.InboxQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;

/**
 * Processes stored inbound messages. Each message is handled in one transaction with its "handled" mark, so a
 * crash at any point leaves it either fully done or untouched and due again once its lease runs out.
 */
public class InboxWorker extends WorkerLoop {
    private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final int BATCH = 10;
    private static final int MAX_ATTEMPTS = 5;

    private final InboxQueue inbox;
    private final InboundHandler handler;
    private final TransactionTemplate transactions;

    public InboxWorker(InboxQueue inbox, InboundHandler handler, TransactionTemplate transactions, int threads,
                       Duration pollInterval) {
        super("inbox", threads, pollInterval);
        this.inbox = inbox;
        this.handler = handler;
        this.transactions = transactions;
    }

    @Override
    protected int drainOnce() {
        List<ClaimedMessage> claimed = inbox.claimDue(BATCH, LEASE);
        for (ClaimedMessage c : claimed) {
            process(c);
        }
        return claimed.size();
    }

    private void process(ClaimedMessage c) {
        try {
            transactions.executeWithoutResult(status -> inbox.finish(c, handler.handle(c.message())));
        } catch (RuntimeException e) {
            log.warn("inbound message {} failed (attempt {}): {}", c.message(), c.attempts(), e.toString());
            // A passing fault (a deadlock lost, the database briefly away) is retried soon; repeated ones back off.
            Duration delay = Duration.ofSeconds(1L << Math.min(c.attempts() - 1, 8));
            inbox.failed(c, e.getClass().getSimpleName() + ": " + e.getMessage(), delay, MAX_ATTEMPTS);
        }
    }
}
