package cn.xuanhua.bot.admin.jobs;

import cn.xuanhua.bot.core.inbound.Channel;
import cn.xuanhua.bot.core.inbound.ClaimedMessage;
import cn.xuanhua.bot.core.inbound.InboundHandler;
import cn.xuanhua.bot.core.inbound.InboundMessage;
import cn.xuanhua.bot.core.inbound.InboxQueue;
import cn.xuanhua.bot.core.org.DisplayNames;
import cn.xuanhua.bot.core.support.FakeStaffDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox worker handles a claimed batch in one transaction, and when anything in it fails, rolls the batch back
 * and handles each message in a transaction of its own, so only the bad one fails; senders' names are looked up
 * before the transaction.
 */
class InboxWorkerTest {

    /** Transactions that keep what a transaction finished only when it commits. */
    static final class RecordingTransactions extends AbstractPlatformTransactionManager {
        final List<String> log = new ArrayList<>();
        final List<Long> handled = new ArrayList<>();
        List<Long> open;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            open = new ArrayList<>();
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            log.add("commit " + open);
            handled.addAll(open);
            open = null;
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            log.add("rollback");
            open = null;
        }
    }

    static final class FakeQueue implements InboxQueue {
        final RecordingTransactions transactions;
        final List<ClaimedMessage> due = new ArrayList<>();
        final List<Long> failed = new ArrayList<>();

        FakeQueue(RecordingTransactions transactions) {
            this.transactions = transactions;
        }

        @Override
        public List<ClaimedMessage> claimDue(int limit, Duration lease) {
            List<ClaimedMessage> out = new ArrayList<>(due.subList(0, Math.min(limit, due.size())));
            due.removeAll(out);
            return out;
        }

        @Override
        public void finish(ClaimedMessage message, InboundHandler.HandlingResult result) {
            transactions.open.add(message.id());
        }

        @Override
        public void failed(ClaimedMessage message, String error, Duration delay, int maxAttempts) {
            failed.add(message.id());
        }
    }

    private final RecordingTransactions transactions = new RecordingTransactions();
    private final FakeQueue queue = new FakeQueue(transactions);
    private final List<String> namesLookedUp = Collections.synchronizedList(new ArrayList<>());
    private final List<String> namesLookedUpInsideATransaction = Collections.synchronizedList(new ArrayList<>());
    private final DisplayNames names = new DisplayNames(new FakeStaffDirectory(), userId -> {
        namesLookedUp.add(userId);
        if (transactions.open != null) {
            namesLookedUpInsideATransaction.add(userId);
        }
        return Optional.empty();
    });

    private static ClaimedMessage message(long id, String sender, String text) {
        return new ClaimedMessage(id, 1, new InboundMessage("m" + id, Channel.AIBOT, "wrChat", true, sender, text,
                null, ZonedDateTime.parse("2026-11-26T10:00:00+08:00")));
    }

    private InboxWorker worker(Set<String> failingTexts) {
        InboundHandler handler = m -> {
            if (failingTexts.contains(m.text())) {
                throw new IllegalStateException("cannot handle " + m.text());
            }
            return InboundHandler.HandlingResult.done("ok");
        };
        return new InboxWorker(queue, handler, new TransactionTemplate(transactions), names, 1, Duration.ofSeconds(1),
                CallbackPriority.NONE);
    }

    @Test
    void aBatchIsHandledInOneTransaction() {
        queue.due.addAll(List.of(message(1, "a", "one"), message(2, "b", "two"), message(3, "c", "three")));

        assertThat(worker(Set.of()).drainOnce()).isEqualTo(3);

        assertThat(transactions.log).containsExactly("commit [1, 2, 3]");
        assertThat(transactions.handled).containsExactly(1L, 2L, 3L);
        assertThat(queue.failed).isEmpty();
    }

    @Test
    void aFailureRollsTheBatchBackAndOnlyTheBadMessageFails() {
        queue.due.addAll(List.of(message(1, "a", "one"), message(2, "b", "bad"), message(3, "c", "three")));

        assertThat(worker(Set.of("bad")).drainOnce()).isEqualTo(3);

        assertThat(transactions.log).containsExactly("rollback", "commit [1]", "rollback", "commit [3]");
        assertThat(transactions.handled).containsExactly(1L, 3L);
        assertThat(queue.failed).containsExactly(2L);
    }

    @Test
    void theSendersNamesAreLookedUpBeforeTheTransaction() {
        queue.due.addAll(List.of(message(1, "owner.a", "one"), message(2, "owner.b", "two"), message(3, "owner.a", "x")));

        worker(Set.of()).drainOnce();

        assertThat(namesLookedUp).containsExactlyInAnyOrder("owner.a", "owner.b");
        assertThat(namesLookedUpInsideATransaction).isEmpty();
    }
}
