package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.admin.persistence.MybatisOutbox;

import java.time.Duration;
import java.util.List;

/** Drains the outbox: claims due messages and hands each to the {@link OutboxDelivery}. */
public class OutboxWorker extends WorkerLoop {
    private static final int BATCH = 20;

    private final MybatisOutbox outbox;
    private final OutboxDelivery delivery;

    public OutboxWorker(MybatisOutbox outbox, OutboxDelivery delivery, int threads, Duration pollInterval) {
        super("outbox", threads, pollInterval);
        this.outbox = outbox;
        this.delivery = delivery;
    }

    @Override
    protected int drainOnce() {
        List<MybatisOutbox.Claimed> claimed = outbox.claimDue(BATCH, OutboxDelivery.LEASE);
        claimed.forEach(delivery::deliver);
        return claimed.size();
    }
}
