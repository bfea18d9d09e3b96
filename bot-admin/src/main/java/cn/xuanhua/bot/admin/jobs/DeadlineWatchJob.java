package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.coordination.Locks;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.watch.DeadlineWatch;
import cn.xuanhua.bot.core.watch.WatchStage;
import cn.xuanhua.bot.admin.web.OneLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Runs the deadline watch on a timer: reminders, overdue escalations and unrated closes. One instance at a time
 * (a shared lock, renewed while a pass runs); each appeal that needs something in its own transaction with its notices. Every stage is recorded on the appeal and
 * keyed in the outbox, so restarts and other instances never send one twice. The time comes from the injected
 * clock, so {@code bot.clock.offset} moves the watch too.
 */
@Component
public class DeadlineWatchJob {
    private static final Logger log = LoggerFactory.getLogger(DeadlineWatchJob.class);
    private static final Duration LOCK_TTL = Duration.ofMinutes(5);
    /** A third of the TTL: two renewals may fail (a slow Redis answer) before the lock could run out. */
    private static final Duration RENEW_EVERY = LOCK_TTL.dividedBy(3);

    private final DeadlineWatch watch;
    private final Appeals appeals;
    private final Locks locks;
    private final TransactionTemplate transactions;
    private final OutboxWorker outbox;
    private final Clock clock;

    public DeadlineWatchJob(DeadlineWatch watch, Appeals appeals, Locks locks, TransactionTemplate transactions,
                            OutboxWorker outbox, Clock clock) {
        this.watch = watch;
        this.appeals = appeals;
        this.locks = locks;
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${bot.appeal.watch-interval:PT1M}")
    public void run() {
        Optional<Locks.Held> lock = locks.tryLock("deadline-watch", LOCK_TTL);
        if (lock.isEmpty()) {
            return;
        }
        try (Locks.Held held = lock.get()) {
            pass(held::renew);
        }
    }

    /** One pass over the appeals that may need a reminder or escalation now; returns how many actions were taken. */
    public int runOnce() {
        return pass(() -> true);
    }

    /**
     * The pass. A long one (a large backlog, a slow database) outlasts the lock's TTL, and another instance would
     * start the same pass beside it: between appeals, once a third of the TTL has gone by, {@code keepLock} renews
     * the lock; when it cannot (the lock ran out and may be someone else's), the pass stops and leaves the rest to
     * the holder.
     */
    private int pass(BooleanSupplier keepLock) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        Instant renewAt = clock.instant().plus(RENEW_EVERY);
        int actions = 0;
        for (Appeal appeal : appeals.watchCandidates(now)) {
            if (!clock.instant().isBefore(renewAt)) {
                if (!keepLock.getAsBoolean()) {
                    log.warn("deadline watch lost its lock mid-pass; stopping, the next pass takes up the rest");
                    break;
                }
                renewAt = clock.instant().plus(RENEW_EVERY);
            }
            try {
                // Most candidates need nothing at this minute: only those that do get a transaction.
                List<WatchStage> due = watch.advance(appeal, now);
                if (due.isEmpty()) {
                    continue;
                }
                Integer n = transactions.execute(status -> watch.record(appeal, due, now).size());
                actions += n == null ? 0 : n;
            } catch (ConflictException changedMeanwhile) {
                // someone acted on it since it was read: the next pass sees the new state
            } catch (RuntimeException e) {
                if (DatabaseAway.causes(e)) {
                    // Every other appeal would fail the same way, each after the pool's wait and with a warning.
                    log.warn("deadline watch stopped at {}: the database cannot be reached ({}); the next pass"
                            + " takes up the rest", appeal.number().value(), OneLine.of(e));
                    break;
                }
                log.warn("deadline watch failed for {}: {}", appeal.number().value(), e.toString());
            }
        }
        if (actions > 0) {
            outbox.wake();
        }
        return actions;
    }
}
