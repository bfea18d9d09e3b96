package cn.xuanhua.bot.admin.persistence;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stores the messages of concurrent callbacks together (a group commit). Each callback answers WeCom only once its
 * message is committed, and with one INSERT and one commit per message the database's per-statement and
 * per-commit work is most of what a callback costs. Here the first caller writes what has queued up meanwhile in one
 * multi-row INSERT (one commit, one flush of the log), and the others wait for it, then the next one writes what
 * queued up during that write. A lone caller writes at once: nothing waits for a batch to fill.
 *
 * <p>Every caller still returns only after its own row is committed, or throws what the write threw, so nothing a
 * callback answered 200 for can be lost. A WeCom retry of a stored message makes the multi-row INSERT fail as a
 * whole (a unique key); that batch is then written row by row, so each caller learns whether its message was new.
 * A caller inside a transaction of its own (the chat archive stores its rows with its cursor) writes alone, in it.
 */
final class InboxGroupCommit {
    /** At most this many rows per INSERT: a few callbacks' worth, far below any packet limit. */
    static final int MAX_BATCH = 32;

    private final InboxMapper mapper;
    private final InboxRowsInsert rows;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Pending> queue = new ArrayList<>();
    private boolean writing;

    InboxGroupCommit(InboxMapper mapper, InboxRowsInsert rows) {
        this.mapper = mapper;
        this.rows = rows;
    }

    /**
     * One caller's row and, once written, what became of it; its caller waits on {@link #turn}, which is signalled
     * when its row is written or when its row heads the queue and nobody is writing. Guarded by the lock.
     */
    private static final class Pending {
        final InboxRecord row;
        final Condition turn;
        boolean finished;
        boolean stored;
        RuntimeException failure;

        Pending(InboxRecord row, Condition turn) {
            this.row = row;
            this.turn = turn;
        }
    }

    /**
     * Stores {@code row} with whatever other callers are storing now.
     *
     * @return true when it was new, false when its message id was already stored
     */
    boolean store(InboxRecord row) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return insertOne(row);
        }
        lock.lock();
        try {
            Pending mine = new Pending(row, lock.newCondition());
            queue.add(mine);
            while (!mine.finished) {
                if (writing) {
                    mine.turn.awaitUninterruptibly();
                } else {
                    writeNextBatch();
                }
            }
            if (mine.failure != null) {
                throw mine.failure;
            }
            return mine.stored;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Called holding the lock; writes the queue's oldest rows without it, then wakes their callers and the caller
     * now at the head of the queue, who writes the next batch. Only those: with one wake-up for everyone waiting,
     * the callers who had queued during the write woke and went back to sleep once per batch.
     */
    private void writeNextBatch() {
        List<Pending> batch = new ArrayList<>(queue.subList(0, Math.min(MAX_BATCH, queue.size())));
        queue.subList(0, batch.size()).clear();
        writing = true;
        lock.unlock();
        RuntimeException failure = null;
        boolean[] stored = new boolean[batch.size()];
        try {
            write(batch, stored);
        } catch (RuntimeException | Error e) {
            // Every caller of the batch fails with it (WeCom retries); none may think its message stored.
            failure = e instanceof RuntimeException r ? r : new IllegalStateException("inbox write failed", e);
        } finally {
            lock.lock();
            for (int i = 0; i < batch.size(); i++) {
                Pending p = batch.get(i);
                p.stored = stored[i];
                p.failure = failure;
                p.finished = true;
                p.turn.signal();
            }
            writing = false;
            if (!queue.isEmpty()) {
                queue.get(0).turn.signal();
            }
        }
    }

    private void write(List<Pending> batch, boolean[] stored) {
        if (batch.size() > 1) {
            try {
                rows.insertAll(batch.stream().map(p -> p.row).toList());
                Arrays.fill(stored, true);
                return;
            } catch (DuplicateKeyException retriedMessageAmongThem) {
                // Nothing of the statement was stored: fall through and learn row by row which one was known.
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            stored[i] = insertOne(batch.get(i).row);
        }
    }

    /** True when stored, false when its message id was stored before. */
    private boolean insertOne(InboxRecord row) {
        try {
            mapper.insertNew(row);
            return true;
        } catch (DuplicateKeyException seenBefore) {
            return false;
        }
    }
}
