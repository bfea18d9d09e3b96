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

    public OutboxWorker(OutboxQueue outbox, OutboxDelivery delivery, int threads, Duration pollInterval) {
        super("outbox", threads, pollInterval);
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
