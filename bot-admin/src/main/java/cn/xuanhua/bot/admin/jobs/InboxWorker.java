package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.core.inbound.ClaimedMessage;
import cn.xuanhua.bot.core.inbound.InboundHandler;
import cn.xuanhua.bot.core.inbound.InboxQueue;
import cn.xuanhua.bot.core.org.DisplayNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Processes stored inbound messages, a claimed batch at a time. The batch is handled in one transaction with the
 * messages' "handled" marks (one statement for them all): one commit for the batch rather than one per message,
 * which is most of what a message costs the database. The claim holds at most one message per sender (see
 * {@link InboxQueue#claimDue}), so one
 * person's messages keep their order. When anything in the batch fails, the batch's transaction rolls back as a
 * whole and each message is handled again in a transaction of its own, so one bad message delays the others by a
 * moment and fails alone. Either way a crash at any point leaves each message fully done or untouched and due again
 * once its lease runs out.
 */
public class InboxWorker extends WorkerLoop {
    private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);
    private static final Duration LEASE = Duration.ofSeconds(60);
    static final int BATCH = 32;
    private static final int MAX_ATTEMPTS = 5;

    private final InboxQueue inbox;
    private final InboundHandler handler;
    private final TransactionTemplate transactions;
    private final SenderNamePrefetch names;

    /**
     * @param names     how senders are named; their names are looked up before each batch's transaction
     * @param callbacks while they keep the server busy, this worker steps back (see {@link WorkerLoop})
     */
    public InboxWorker(InboxQueue inbox, InboundHandler handler, TransactionTemplate transactions, DisplayNames names,
                       int threads, Duration pollInterval, CallbackPriority callbacks) {
        super("inbox", threads, pollInterval, callbacks);
        this.inbox = inbox;
        this.handler = handler;
        this.transactions = transactions;
        this.names = new SenderNamePrefetch(names);
    }

    @Override
    public synchronized void stop() {
        super.stop();
        names.stop();
    }

    @Override
    protected int drainOnce() {
        List<ClaimedMessage> claimed = inbox.claimDue(BATCH, LEASE);
        names.prefetch(claimed);
        if (claimed.size() > 1 && processTogether(claimed)) {
            return claimed.size();
        }
        for (ClaimedMessage c : claimed) {
            processAlone(c);
        }
        return claimed.size();
    }

    /** True when the whole batch was handled and committed; false when it rolled back. */
    private boolean processTogether(List<ClaimedMessage> batch) {
        try {
            transactions.executeWithoutResult(status -> {
                List<InboxQueue.Handled> handled = new ArrayList<>(batch.size());
                for (ClaimedMessage c : batch) {
                    handled.add(new InboxQueue.Handled(c, handler.handle(c.message())));
                }
                inbox.finishAll(handled);
            });
            return true;
        } catch (RuntimeException e) {
            log.info("a batch of {} inbound messages rolled back ({}); handling them one by one", batch.size(),
                    e.toString());
            return false;
        }
    }

    /** Handles one message and marks it handled, inside the caller's transaction. */
    private void handle(ClaimedMessage c) {
        inbox.finish(c, handler.handle(c.message()));
    }

    private void processAlone(ClaimedMessage c) {
        try {
            transactions.executeWithoutResult(status -> handle(c));
        } catch (RuntimeException e) {
            log.warn("inbound message {} failed (attempt {}): {}", c.message(), c.attempts(), e.toString());
            // A passing fault (a deadlock lost, the database briefly away) is retried soon; repeated ones back off.
            Duration delay = Duration.ofSeconds(1L << Math.min(c.attempts() - 1, 8));
            inbox.failed(c, e.getClass().getSimpleName() + ": " + e.getMessage(), delay, MAX_ATTEMPTS);
        }
    }
}
