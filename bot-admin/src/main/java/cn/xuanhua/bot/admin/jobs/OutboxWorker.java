package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.core.outbound.ClaimedPost;
import cn.xuanhua.bot.core.outbound.OutboxQueue;

import java.time.Duration;
import java.util.List;

/** Drains the outbox: claims due messages and hands each to the {@link OutboxDelivery}. */
public class OutboxWorker extends WorkerLoop {
    private static final int BATCH = 20;

    private final OutboxQueue outbox;
    private final OutboxDelivery delivery;

    /** @param callbacks while they keep the server busy, this worker steps back (see {@link WorkerLoop}) */
    public OutboxWorker(OutboxQueue outbox, OutboxDelivery delivery, int threads, Duration pollInterval,
                        CallbackPriority callbacks) {
        super("outbox", threads, pollInterval, callbacks);
        this.outbox = outbox;
        this.delivery = delivery;
    }

    @Override
    protected int drainOnce() {
        List<ClaimedPost> claimed = outbox.claimDue(BATCH, OutboxDelivery.LEASE);
        claimed.forEach(delivery::deliver);
        return claimed.size();
    }
}
