package cn.xuanhua.bot.admin.persistence;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Hands out the day's appeal numbers (table {@code appeal_day_sequence}; docs/operations.md, "Appeal numbers").
 * Numbers are reserved in a short transaction of their own, not in the appeal's: there the day's row stayed locked
 * until the appeal committed, and every appeal of every instance waited for the one before it.
 * <ul>
 *   <li>When appeals come one at a time, a reservation is one number, so numbers follow the order appeals are made.</li>
 *   <li>When a reservation is used up within {@link #BURST} of being made, the next is twice as large, up to
 *       {@link #LARGEST_BLOCK}: in a burst one short transaction serves many appeals.</li>
 *   <li>Numbers left unused for {@link #KEEP_UNUSED}, on a new day and at shutdown are given back if they are still
 *       the day's last, so the day has no gap; if another instance reserved after them they are dropped (a gap,
 *       only when two instances were busy at once).</li>
 *   <li>An appeal whose transaction rolls back leaves its number unused: a gap, rare (a crash, a failed attempt).</li>
 * </ul>
 * Thread-safe: the workers of one instance share one block.
 */
@Component
public class AppealNumberBlocks {
    static final int LARGEST_BLOCK = 32;
    static final Duration BURST = Duration.ofSeconds(1);
    static final Duration KEEP_UNUSED = Duration.ofSeconds(2);

    private final AppealDaySequenceMapper sequences;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    /** The block in hand: {@code next}..{@code last} of {@code day} are reserved and unused. */
    private LocalDate day;
    private int next;
    private int last;
    private int size;
    private Instant reservedAt;
    private Instant usedAt;

    public AppealNumberBlocks(AppealDaySequenceMapper sequences, PlatformTransactionManager transactions, Clock clock) {
        this.sequences = sequences;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The next number of {@code day}, 1, 2, ...; never the same twice, across instances. */
    public synchronized int next(LocalDate day) {
        Instant now = clock.instant();
        boolean inHand = this.day != null && next <= last;
        if (inHand && (!day.equals(this.day) || now.isAfter(usedAt.plus(KEEP_UNUSED)))) {
            giveBackUnused();
            inHand = false;
        }
        if (!inHand) {
            reserve(day, now);
        }
        usedAt = now;
        return next++;
    }

    private void reserve(LocalDate day, Instant now) {
        boolean usedUpQuickly = day.equals(this.day) && reservedAt != null && next > last
                && !now.isAfter(reservedAt.plus(BURST));
        int count = usedUpQuickly ? Math.min(LARGEST_BLOCK, size * 2) : 1;
        Integer top = ownTransaction.execute(status -> {
            sequences.reserve(day, count);
            return sequences.selectById(day).getLastValue();
        });
        this.day = day;
        this.size = count;
        this.last = top;
        this.next = top - count + 1;
        this.reservedAt = now;
    }

    /** At shutdown: what this instance reserved and did not use goes back, if it can. */
    @PreDestroy
    public synchronized void giveBackUnused() {
        if (day == null || next > last) {
            return;
        }
        LocalDate d = day;
        int first = next;
        int end = last;
        ownTransaction.executeWithoutResult(status -> sequences.giveBack(d, first, end));
        next = last + 1;
    }
}
