package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.persistence.MybatisInbox;
import cn.xuanhua.bot.admin.persistence.MybatisOutbox;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.SessionCounters;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.core.inbound.Channel;
import cn.xuanhua.bot.core.inbound.ClaimedMessage;
import cn.xuanhua.bot.core.inbound.InboundHandler;
import cn.xuanhua.bot.core.inbound.InboxQueue;
import cn.xuanhua.bot.core.inbound.InboundMessage;
import cn.xuanhua.bot.core.outbound.ClaimedPost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the inbox and outbox hand out work, on MariaDB: one sender's messages and one chat's posts in order, leases
 * that run out taken over, and a claim whose reads do not grow with the queue's history or its backlog (both tables
 * keep every row they ever held, and a burst queues thousands of posts behind one group's robot).
 */
class WorkQueuesIT {
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static BotInstance bot;
    private static JdbcTemplate db;

    @BeforeAll
    static void start() {
        // No workers: the test claims by hand. The fake WeCom is never called (nothing is sent).
        bot = BotInstance.start(TestServices.freshMariaDbDatabase("queues"), TestServices.freshRedisNamespace(),
                "http://127.0.0.1:9", "--bot.workers.inbox-threads=0", "--bot.workers.outbox-threads=0");
        db = bot.db();
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @BeforeEach
    void empty() {
        db.update("DELETE FROM inbox_message");
        db.update("DELETE FROM outbox_message");
    }

    /** Now on the bot's clock (Asia/Shanghai), which decides what is due. */
    private static LocalDateTime now() {
        return LocalDateTime.now(bot.bean(Clock.class));
    }

    private static MybatisInbox inbox() {
        return bot.bean(MybatisInbox.class);
    }

    private static MybatisOutbox outbox() {
        return bot.bean(MybatisOutbox.class);
    }

    // ---- inbox

    private static long inboxRow(String sender, String status, LocalDateTime nextAttempt) {
        String id = "q:" + java.util.UUID.randomUUID();
        LocalDateTime now = now();
        db.update("INSERT INTO inbox_message (message_id, channel, chat_id, chat_type, sender_user_id, content, sent_at,"
                + " received_at, status, attempts, next_attempt_at) VALUES (?, 'AIBOT', 'wrQueues', 'group', ?, '路灯坏了',"
                + " ?, ?, ?, 1, ?)", id, sender, now, now, status, nextAttempt);
        return db.queryForObject("SELECT id FROM inbox_message WHERE message_id = ?", Long.class, id);
    }

    private static List<Long> claimInbox(int limit) {
        return inbox().claimDue(limit, LEASE).stream().map(ClaimedMessage::id).toList();
    }

    @Test
    void aSendersLaterMessageWaitsForTheEarlierOneWhileOthersGoAhead() {
        LocalDateTime due = now().minusSeconds(1);
        long first = inboxRow("zhang", "PENDING", due);
        long second = inboxRow("zhang", "PENDING", due);
        long other = inboxRow("li", "PENDING", due);

        assertThat(claimInbox(10)).containsExactly(first, other);
        assertThat(claimInbox(10)).as("zhang's second waits while the first is being handled").isEmpty();

        db.update("UPDATE inbox_message SET status = 'DONE' WHERE id = ?", first);
        assertThat(claimInbox(10)).containsExactly(second);
    }

    @Test
    void aHandledBatchIsMarkedInOneStatementEachMessageWithItsOwnEnd() {
        LocalDateTime due = now().minusSeconds(1);
        long appeal = inboxRow("zhang", "PENDING", due);
        long chatter = inboxRow("li", "PENDING", due);
        long untouched = inboxRow("wang", "PENDING", due.plusHours(1));
        List<ClaimedMessage> claimed = inbox().claimDue(10, LEASE);
        assertThat(claimed).extracting(ClaimedMessage::id).containsExactly(appeal, chatter);
        long statements = SessionCounters.change(bot, SessionCounters.UPDATES, () -> inbox().finishAll(List.of(
                new InboxQueue.Handled(claimed.get(1), InboundHandler.HandlingResult.done("not an appeal")),
                new InboxQueue.Handled(claimed.get(0), InboundHandler.HandlingResult.held("x".repeat(300))))));

        assertThat(statements).isEqualTo(1);
        assertThat(db.queryForMap("SELECT status, outcome, processed_at FROM inbox_message WHERE id = ?", chatter))
                .containsEntry("status", "DONE").containsEntry("outcome", "not an appeal")
                .extractingByKey("processed_at").isNotNull();
        assertThat(db.queryForMap("SELECT status, outcome FROM inbox_message WHERE id = ?", appeal))
                .containsEntry("status", "HELD").containsEntry("outcome", "x".repeat(252) + "...");
        assertThat(db.queryForObject("SELECT status FROM inbox_message WHERE id = ?", String.class, untouched))
                .isEqualTo("PENDING");
    }

    @Test
    void aMessageWhoseLeaseRanOutIsTakenOverBeforeTheSendersNextOne() {
        LocalDateTime past = now().minusSeconds(1);
        long abandoned = inboxRow("wang", "PROCESSING", past);
        long held = inboxRow("zhao", "PROCESSING", now().plusMinutes(1));
        long next = inboxRow("wang", "PENDING", past);
        long heldNext = inboxRow("zhao", "PENDING", past);

        assertThat(claimInbox(10)).containsExactly(abandoned);
        assertThat(claimInbox(10)).as("wang's next waits for the taken-over one, zhao's for the held one").isEmpty();
        assertThat(List.of(next, heldNext, held)).doesNotContain(abandoned);
    }

    @Test
    void theOldestDueMessagesComeFirstAcrossWaitingAndTakenOver() {
        LocalDateTime past = now().minusSeconds(1);
        long a = inboxRow("s1", "PENDING", past);
        long b = inboxRow("s2", "PROCESSING", past);
        long c = inboxRow("s3", "PENDING", past);
        inboxRow("s4", "PENDING", now().plusMinutes(5));
        inboxRow("s5", "PENDING", past);

        assertThat(claimInbox(3)).containsExactly(a, b, c);
    }

    @Test
    void anInboxClaimReadsAboutAsManyRowsAsItClaimsWhateverTheHistory() {
        // A long history of handled messages, then a backlog in which one chatty sender is first in line.
        bulkInbox(3000, "DONE", "'done-', i");
        bulkInbox(100, "PENDING", "'chatty'");
        bulkInbox(500, "PENDING", "'owner-', i");

        long reads = SessionCounters.rowsReadBy(bot, () -> assertThat(claimInbox(10)).hasSize(10));

        // Before ix_inbox_queue a claim walked the table from its first handled message, or sorted every waiting
        // one: thousands of rows. Now it reads the waiting ones in id order from the first, stepping over the
        // chatty sender's later messages one by one (a few rows each) until it has ten.
        assertThat(reads).isLessThan(1_000);
    }

    @Test
    void workersRacingForTheInboxClaimEachMessageOnceAndEachSendersInOrder() throws Exception {
        LocalDateTime due = now().minusSeconds(1);
        int messages = 300;
        for (int i = 0; i < messages; i++) {
            inboxRow("racer" + (i % 60), "PENDING", due);
        }
        List<Long> claims = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger overtaking = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger largestBatch = new java.util.concurrent.atomic.AtomicInteger();
        race(() -> {
            List<ClaimedMessage> batch = inbox().claimDue(32, LEASE);
            largestBatch.accumulateAndGet(batch.size(), Math::max);
            for (ClaimedMessage c : batch) {
                claims.add(c.id());
                overtaking.addAndGet(db.queryForObject("SELECT COUNT(*) FROM inbox_message i JOIN"
                        + " inbox_message mine ON mine.id = ? WHERE i.sender_user_id = mine.sender_user_id"
                        + " AND i.id < mine.id AND i.status <> 'DONE'", Integer.class, c.id()));
                assertThat(c.attempts()).isEqualTo(2);
                inbox().finish(c, cn.xuanhua.bot.core.inbound.InboundHandler.HandlingResult.done("raced"));
            }
            return !batch.isEmpty();
        });

        assertThat(claims).hasSize(messages).doesNotHaveDuplicates();
        assertThat(overtaking).as("messages claimed while the sender's earlier one was not yet handled").hasValue(0);
        assertThat(largestBatch.get()).as("a claim takes a batch, at most its limit").isBetween(2, 32);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE status = 'DONE'", Integer.class))
                .isEqualTo(messages);
    }

    /**
     * Four workers run {@code round} (claim, check, finish; true when it claimed anything) side by side until each
     * has found nothing twenty rounds in a row.
     */
    private static void race(java.util.function.BooleanSupplier round) throws Exception {
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                running.add(workers.submit(() -> {
                    int idleRounds = 0;
                    while (idleRounds < 20) {
                        idleRounds = round.getAsBoolean() ? 0 : idleRounds + 1;
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : running) {
                f.get();
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private static void bulkInbox(int count, String status, String senderExpression) {
        insertNumbered(count, "inbox_message (message_id, channel, chat_id, chat_type, sender_user_id, content, sent_at,"
                + " received_at, status, attempts, next_attempt_at)", "CONCAT('bulk-', UUID()), 'AIBOT', 'wrQueues', 'group',"
                + " CONCAT(" + senderExpression + "), '路灯坏了', ?, ?, '" + status + "', 0, ?", now(), now(), now().minusSeconds(1));
    }

    /** Inserts {@code count} rows of {@code values}, in which {@code i} counts from 1, in one statement. */
    private static void insertNumbered(int count, String tableAndColumns, String values, Object... args) {
        db.update("SET STATEMENT max_recursive_iterations = " + count + " FOR INSERT INTO " + tableAndColumns
                + " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + count + ") SELECT "
                + values + " FROM n", args);
    }

    @Test
    void concurrentCallbacksAreStoredTogetherEachExactlyOnceAndToldWhetherTheirsWasNew() throws Exception {
        int messages = 1200;
        long insertsBefore = globalStatus("Com_insert");
        List<Boolean> answers = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.ExecutorService callbacks = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
            for (int i = 0; i < messages; i++) {
                // Every tenth is a WeCom retry of the message before it: stored once, answered "not new".
                String id = "gc-" + (i % 10 == 9 ? i - 1 : i);
                running.add(callbacks.submit(() -> answers.add(inbox().store(new InboundMessage(id, Channel.AIBOT,
                        "wrQueues", true, "owner-" + id, "路灯坏了", null, ZonedDateTime.now(bot.bean(Clock.class)))))));
            }
            for (java.util.concurrent.Future<?> f : running) {
                f.get();
            }
        } finally {
            callbacks.shutdownNow();
        }
        long statements = globalStatus("Com_insert") - insertsBefore;

        assertThat(db.queryForObject("SELECT COUNT(*) FROM inbox_message", Integer.class)).isEqualTo(messages - 120);
        assertThat(answers).hasSize(messages);
        assertThat(answers.stream().filter(Boolean::booleanValue).count()).isEqualTo(messages - 120);
        // One INSERT per callback would be 1200 (and the retries' rows are written again, one by one).
        assertThat(statements).isLessThan(messages);
    }

    private static long globalStatus(String name) {
        return Long.parseLong(db.queryForObject("SHOW GLOBAL STATUS LIKE ?", (rs, i) -> rs.getString(2), name));
    }

    // ---- outbox

    private static long outboxRow(String destination, String status, LocalDateTime nextAttempt) {
        String key = "q:" + java.util.UUID.randomUUID();
        LocalDateTime now = now();
        db.update("INSERT INTO outbox_message (idempotency_key, recipient_kind, target, destination, group_code, msg_type,"
                + " content, status, attempts, next_attempt_at, created_at) VALUES (?, 'GROUP', 'tw-nanguan', ?, 'tw-nanguan',"
                + " 'MARKDOWN', '已受理', ?, 1, ?, ?)", key, destination, status, nextAttempt, now);
        return db.queryForObject("SELECT id FROM outbox_message WHERE idempotency_key = ?", Long.class, key);
    }

    private static List<Long> claimOutbox(int limit) {
        return outbox().claimDue(limit, LEASE).stream().map(ClaimedPost::id).toList();
    }

    @Test
    void onlyTheHeadOfEachChatsQueueIsHandedOut() {
        LocalDateTime due = now().minusSeconds(1);
        long groupFirst = outboxRow("group:tw-nanguan", "PENDING", due);
        long userFirst = outboxRow("user:zhangsan", "PENDING", due);
        long groupSecond = outboxRow("group:tw-nanguan", "PENDING", due);

        assertThat(claimOutbox(10)).containsExactly(groupFirst, userFirst);
        assertThat(claimOutbox(10)).as("the group's second post waits while the first is being sent").isEmpty();

        db.update("UPDATE outbox_message SET status = 'SENT' WHERE id = ?", groupFirst);
        assertThat(claimOutbox(10)).containsExactly(groupSecond);
    }

    @Test
    void aHeadBackingOffHoldsItsChatAndAnAbandonedSendIsTakenOver() {
        LocalDateTime past = now().minusSeconds(1);
        long backingOff = outboxRow("group:tw-nanguan", "PENDING", now().plusMinutes(1));
        long behindIt = outboxRow("group:tw-nanguan", "PENDING", past);
        long abandoned = outboxRow("user:lisi", "SENDING", past);
        long parked = outboxRow("group:tw-guocun", "PARKED", past);
        long afterParked = outboxRow("group:tw-guocun", "PENDING", past);

        assertThat(claimOutbox(10)).containsExactly(abandoned, afterParked);
        assertThat(claimOutbox(10)).doesNotContain(backingOff, behindIt, parked);
    }

    /**
     * MariaDB 10.x announces itself to MySQL Connector/J as version 5.5.5, and the driver then cut every bound time
     * to the whole second: a retry meant for 0.4 s later was due at once, and WeCom's outage outlasted the attempts.
     */
    @Test
    void aRetryIsStoredDueToTheMillisecondOfItsDelay() {
        long id = outboxRow("group:tw-nanguan", "PENDING", now().minusSeconds(1));
        ClaimedPost claimed = outbox().claimDue(10, LEASE).get(0);
        Duration delay = Duration.ofMillis(400);

        LocalDateTime before = now().plus(delay).truncatedTo(ChronoUnit.MILLIS);
        outbox().retryLater(claimed, delay, "WeCom error -99: 503", true);
        LocalDateTime after = now().plus(delay);

        LocalDateTime due = db.queryForObject("SELECT next_attempt_at FROM outbox_message WHERE id = ?",
                LocalDateTime.class, id);
        assertThat(due).isBetween(before, after);
    }

    @Test
    void aMessageKeepsTheMillisecondsOfItsTimes() {
        ZonedDateTime sent = ZonedDateTime.of(2026, 11, 27, 9, 30, 15, 250_000_000, bot.bean(Clock.class).getZone());
        inbox().store(new InboundMessage("ms-1", Channel.AIBOT, "wrQueues", true, "owner-ms", "路灯坏了", null, sent));

        LocalDateTime stored = db.queryForObject("SELECT sent_at FROM inbox_message WHERE message_id = 'aibot:ms-1'",
                LocalDateTime.class);
        assertThat(stored).isEqualTo(sent.toLocalDateTime());
    }

    @Test
    void sendersRacingForTheSameQueuesClaimEachPostExactlyOnceAndInOrder() throws Exception {
        LocalDateTime due = now().minusSeconds(1);
        int posts = 240;
        for (int i = 0; i < posts; i++) {
            outboxRow(i % 3 == 0 ? "group:tw-nanguan" : "user:staff" + (i % 4), "PENDING", due);
        }
        List<Long> claims = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger overtaking = new java.util.concurrent.atomic.AtomicInteger();
        race(() -> {
            List<ClaimedPost> batch = outbox().claimDue(10, LEASE);
            for (ClaimedPost c : batch) {
                claims.add(c.id());
                overtaking.addAndGet(db.queryForObject("SELECT COUNT(*) FROM outbox_message o JOIN"
                        + " outbox_message mine ON mine.id = ? WHERE o.destination = mine.destination"
                        + " AND o.id < mine.id AND o.status <> 'SENT'", Integer.class, c.id()));
                outbox().sent(c);
            }
            return !batch.isEmpty();
        });

        assertThat(claims).hasSize(posts).doesNotHaveDuplicates();
        assertThat(overtaking).as("posts claimed while an earlier one to their chat was not yet sent").hasValue(0);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT'", Integer.class))
                .isEqualTo(posts);
    }

    @Test
    void anOutboxClaimReadsAboutAsManyRowsAsThereAreChatsWhateverTheBacklog() {
        bulkOutbox(3000, "SENT", "'user:u', i % 50");
        // A burst: a thousand posts queued behind one group's robot (20 a minute), and a few staff notices.
        bulkOutbox(1000, "PENDING", "'group:tw-nanguan'");
        bulkOutbox(20, "PENDING", "'user:staff', i % 5");

        long reads = SessionCounters.rowsReadBy(bot, () -> assertThat(claimOutbox(10)).hasSize(6));

        // Before, each claim stepped through the queued posts checking each for an earlier one to its chat.
        assertThat(reads).isLessThan(200);
    }

    private static void bulkOutbox(int count, String status, String destinationExpression) {
        insertNumbered(count, "outbox_message (idempotency_key, recipient_kind, target, destination, msg_type, content,"
                + " status, attempts, next_attempt_at, created_at)", "CONCAT('bulk-', UUID()), 'USER', 'u', CONCAT("
                + destinationExpression + "), 'MARKDOWN', '通知', '" + status + "', 0, ?, ?", now().minusSeconds(1), now());
    }
}
