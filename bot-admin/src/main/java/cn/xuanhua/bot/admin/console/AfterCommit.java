package cn.xuanhua.bot.admin.console;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs something again when the caller's transaction has ended, for snapshots dropped while it was open: a reload
 * that raced the commit would otherwise keep the old data until the next refresh.
 */
final class AfterCommit {
    private AfterCommit() {
    }

    /** Registers {@code action} to run when the open transaction completes; nothing when there is none. */
    static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    action.run();
                }
            });
        }
    }
}
