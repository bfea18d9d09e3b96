package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.admin.web.wecom.ArchiveWakeUp;
import cn.xuanhua.bot.core.coordination.Locks;
import cn.xuanhua.bot.core.inbound.ChatArchive;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Optional;

/**
 * Pulls the chat archive on a timer and whenever WeCom sends {@code msgaudit_notify}. One instance at a time
 * (a shared lock), each batch in one transaction with the cursor.
 */
public class ArchiveWorker extends WorkerLoop implements ArchiveWakeUp {
    private static final Duration LOCK_TTL = Duration.ofMinutes(2);
    private final ChatArchive archive;
    private final Locks locks;
    private final TransactionTemplate transactions;
    private final Runnable afterStore;

    public ArchiveWorker(ChatArchive archive, Locks locks, TransactionTemplate transactions,
                         Duration pollInterval, Runnable afterStore) {
        super("archive", 1, pollInterval);
        this.archive = archive;
        this.locks = locks;
        this.transactions = transactions;
        this.afterStore = afterStore;
    }

    @Override
    protected int drainOnce() {
        Optional<Locks.Held> lock = locks.tryLock("chat-archive", LOCK_TTL);
        if (lock.isEmpty()) {
            return 0;
        }
        try (Locks.Held held = lock.get()) {
            Integer read = transactions.execute(status -> archive.pollOnce());
            if (read != null && read > 0) {
                afterStore.run();
            }
            return read == null ? 0 : read;
        }
    }
}
