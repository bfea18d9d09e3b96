package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.outbound.ClaimedPost;
import cn.xuanhua.bot.core.outbound.MessageFormat;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.ParkedPosts;
import cn.xuanhua.bot.core.outbound.Outbox;
import cn.xuanhua.bot.core.outbound.OutboxQueue;
import cn.xuanhua.bot.core.outbound.Recipient;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outbox on the {@code outbox_message} table: enqueued in the transaction of the change it reports, claimed
 * by senders with a lease (like the inbox), sent, retried with back-off, or parked for the console.
 */
@Repository
public class MybatisOutbox implements Outbox, OutboxQueue, ParkedPosts {
    static final String PENDING = "PENDING";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String PARKED = "PARKED";

    private final OutboxMapper mapper;
    private final Clock clock;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate live;

    public MybatisOutbox(OutboxMapper mapper, Clock clock, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.live = new TransactionTemplate(transactions);
        live.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * The error a post waiting for its chat's limit carries: not a failure, and no attempt was counted. Read back
     * as {@link ClaimedPost#heldByLimit()}.
     */
    private static final String RATE_LIMITED = "rate limited";
    private static final com.fasterxml.jackson.databind.ObjectMapper CARD_JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    @Override
    public void enqueue(OutboundMessage m) {
        LocalDateTime now = LocalDateTime.now(clock);
        OutboxRecord r = new OutboxRecord();
        r.setIdempotencyKey(m.idempotencyKey());
        r.setDeliveryId(UUID.randomUUID().toString());
        Recipient to = m.recipient();
        if (to instanceof Recipient.Group g) {
            r.setRecipientKind("GROUP");
            r.setTarget(g.groupCode());
            r.setGroupCode(g.groupCode());
        } else if (to instanceof Recipient.User u) {
            r.setRecipientKind("USER");
            r.setTarget(u.userId());
        } else if (to instanceof Recipient.TappedCard card) {
            // The userid is read back from the destination (user:ID), the one-use response code is the target.
            r.setRecipientKind("CARD");
            r.setTarget(card.responseCode());
        } else if (to instanceof Recipient.Reply reply) {
            r.setRecipientKind("REPLY");
            r.setTarget(reply.responseUrl());
            r.setGroupCode(reply.groupCode());
        }
        r.setDestination(destinationOf(to));
        r.setMentions(m.mentions().isEmpty() ? null : String.join(",", m.mentions()));
        r.setMsgType(m.format().name());
        r.setContent(m.content());
        r.setStatus(PENDING);
        r.setAttempts(0);
        r.setNextAttemptAt(now);
        r.setCreatedAt(now);
        r.setAppealNumber(m.appealNumber());
        try {
            mapper.insertNew(r);
        } catch (DuplicateKeyException e) {
            // Already queued (a retried use case): the first one stands.
        }
    }

    /**
     * Claims up to {@code limit} due messages for {@code lease}, oldest first. A message waits while an earlier one
     * to the same destination is still queued or being sent, so a group reads 受理 before 办结 however many senders
     * run.
     *
     * <p>Only the head of each destination's queue can go, so the claim starts from the heads, found with one index
     * probe per destination that has messages waiting (a skip scan). Scanning the waiting messages and skipping
     * those behind their head would cost each claim as much as the backlog is long, and a burst queues thousands of
     * posts behind one group's robot (20 a minute). The database would do the skip scan itself for a GROUP BY, but
     * only when its statistics happen to favour it.
     *
     * <p>The heads are read in one snapshot (a repeatable-read transaction): read statement by statement, a post
     * claimed or returned to the queue between two reads could hide the true head and let the one behind it go first.
     * The claims are made after that snapshot, in a read-committed transaction of their own, against the live rows.
     * Inside the snapshot they were refused on H2 whenever another sender had claimed, sent or returned one of those
     * rows since the snapshot began: H2 does not update a row version its repeatable-read snapshot cannot see, and
     * reports it as "Deadlock detected" (MySQL and MariaDB update the latest version). Claims take their rows in id
     * order, so two senders claiming at once never wait on each other in a circle.
     */
    @Override
    public List<ClaimedPost> claimDue(int limit, Duration lease) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> due = snapshot.execute(tx -> queueHeads()).stream()
                .filter(head -> !head.getNextAttemptAt().isAfter(now))
                .map(OutboxRecord::getId)
                .sorted()
                .limit(limit)
                .toList();
        if (due.isEmpty()) {
            return List.of();
        }
        return live.execute(tx -> claim(due, now, lease));
    }

    private List<ClaimedPost> claim(List<Long> due, LocalDateTime now, Duration lease) {
        List<ClaimedPost> claimed = new ArrayList<>();
        // Read again, with the conditions: another sender may have claimed one of them since the heads were read,
        // and its claim (a new lease) must not be taken over.
        for (OutboxRecord r : mapper.selectList(new LambdaQueryWrapper<OutboxRecord>()
                .in(OutboxRecord::getId, due)
                .in(OutboxRecord::getStatus, PENDING, SENDING)
                .le(OutboxRecord::getNextAttemptAt, now)
                .orderByAsc(OutboxRecord::getId))) {
            int won = mapper.update(null, new LambdaUpdateWrapper<OutboxRecord>()
                    .eq(OutboxRecord::getId, r.getId())
                    .eq(OutboxRecord::getAttempts, r.getAttempts())
                    .in(OutboxRecord::getStatus, PENDING, SENDING)
                    .le(OutboxRecord::getNextAttemptAt, now)
                    .set(OutboxRecord::getStatus, SENDING)
                    .set(OutboxRecord::getAttempts, r.getAttempts() + 1)
                    .set(OutboxRecord::getNextAttemptAt, now.plus(lease)));
            if (won == 1) {
                claimed.add(new ClaimedPost(r.getId(), deliveryIdOf(r), r.getAttempts() + 1, toMessage(r),
                        RATE_LIMITED.equals(r.getLastError())));
            }
        }
        return claimed;
    }

    /**
     * Each destination's earliest message not yet sent: waiting, or being sent (a few at most, read whole). Only
     * id, destination and next_attempt_at are set.
     */
    private Collection<OutboxRecord> queueHeads() {
        Map<String, OutboxRecord> heads = new HashMap<>();
        for (OutboxRecord sending : mapper.selectList(new LambdaQueryWrapper<OutboxRecord>()
                .select(OutboxRecord::getId, OutboxRecord::getDestination, OutboxRecord::getNextAttemptAt)
                .eq(OutboxRecord::getStatus, SENDING))) {
            heads.merge(sending.getDestination(), sending, MybatisOutbox::earlier);
        }
        for (OutboxRecord waiting = mapper.firstWaitingAfter(""); waiting != null;
             waiting = mapper.firstWaitingAfter(waiting.getDestination())) {
            heads.merge(waiting.getDestination(), waiting, MybatisOutbox::earlier);
        }
        return heads.values();
    }

    private static OutboxRecord earlier(OutboxRecord a, OutboxRecord b) {
        return a.getId() < b.getId() ? a : b;
    }

    @Override
    public List<ClaimedPost> claimBehind(ClaimedPost head, int max, Duration lease) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<ClaimedPost> claimed = new ArrayList<>();
        for (OutboxRecord r : mapper.selectList(new LambdaQueryWrapper<OutboxRecord>()
                .eq(OutboxRecord::getDestination, destinationOf(head.message().recipient()))
                .eq(OutboxRecord::getStatus, PENDING)
                .gt(OutboxRecord::getId, head.id())
                .orderByAsc(OutboxRecord::getId)
                .last("LIMIT " + max))) {
            int won = mapper.update(null, new LambdaUpdateWrapper<OutboxRecord>()
                    .eq(OutboxRecord::getId, r.getId())
                    .eq(OutboxRecord::getStatus, PENDING)
                    .set(OutboxRecord::getStatus, SENDING)
                    .set(OutboxRecord::getAttempts, r.getAttempts() + 1)
                    .set(OutboxRecord::getNextAttemptAt, now.plus(lease)));
            if (won == 1) {
                claimed.add(new ClaimedPost(r.getId(), deliveryIdOf(r), r.getAttempts() + 1, toMessage(r),
                        RATE_LIMITED.equals(r.getLastError())));
            }
        }
        return claimed;
    }

    @Override
    public void sent(ClaimedPost c) {
        LocalDateTime now = LocalDateTime.now(clock);
        mapper.update(null, wrapper(c, SENT, null, now).set(OutboxRecord::getSentAt, now));
    }

    @Override
    public void retryLater(ClaimedPost c, Duration delay, String error, boolean countAttempt) {
        LambdaUpdateWrapper<OutboxRecord> w = wrapper(c, PENDING, error, LocalDateTime.now(clock).plus(delay));
        if (!countAttempt) {
            w.set(OutboxRecord::getAttempts, c.attempts() - 1);
        }
        mapper.update(null, w);
    }

    @Override
    public void holdForLimit(ClaimedPost c, Duration wait) {
        retryLater(c, wait, RATE_LIMITED, false);
    }

    @Override
    public void park(ClaimedPost c, String error) {
        mapper.update(null, wrapper(c, PARKED, error, LocalDateTime.now(clock)));
    }

    /** Puts a parked message back in the queue with fresh attempts (the console's resend button). */
    @Override
    public boolean resend(long id) {
        return mapper.update(null, new LambdaUpdateWrapper<OutboxRecord>()
                .eq(OutboxRecord::getId, id).eq(OutboxRecord::getStatus, PARKED)
                .set(OutboxRecord::getStatus, PENDING).set(OutboxRecord::getAttempts, 0)
                .set(OutboxRecord::getNextAttemptAt, LocalDateTime.now(clock))) == 1;
    }

    @Override
    public List<ParkedPost> parked() {
        return mapper.selectList(new LambdaQueryWrapper<OutboxRecord>().eq(OutboxRecord::getStatus, PARKED)
                        .orderByDesc(OutboxRecord::getId)).stream()
                .map(r -> new ParkedPost(r.getId(), recipientOf(r), r.getAppealNumber(), r.getAttempts(),
                        r.getLastError(), readable(r), r.getCreatedAt()))
                .toList();
    }

    /** What a person reads of a parked post: a card by its notice text, a card update by its line, not their JSON. */
    private static String readable(OutboxRecord r) {
        boolean card = MessageFormat.CARD.name().equals(r.getMsgType());
        if (!card && !MessageFormat.CARD_UPDATE.name().equals(r.getMsgType())) {
            return r.getContent();
        }
        try {
            var json = CARD_JSON.readTree(r.getContent());
            return card ? "[卡片] " + json.path("text").asText()
                    : "[卡片更新] " + json.path("replaceText").asText() + " " + json.path("result").asText();
        } catch (Exception unreadable) {
            return r.getContent();
        }
    }

    private LambdaUpdateWrapper<OutboxRecord> wrapper(ClaimedPost c, String status, String error, LocalDateTime next) {
        return new LambdaUpdateWrapper<OutboxRecord>()
                .eq(OutboxRecord::getId, c.id())
                .set(OutboxRecord::getStatus, status)
                .set(OutboxRecord::getLastError, error == null ? null : truncate(error))
                .set(OutboxRecord::getNextAttemptAt, next);
    }

    /** The chat a message appears in ({@link Recipient#chat()}): posts to one chat leave in order. */
    static String destinationOf(Recipient to) {
        String d = to.chat();
        return d.length() <= 160 ? d : d.substring(0, 160);
    }

    /** A post queued by an instance older than delivery ids (a rolling upgrade) is known by its row and time. */
    private static String deliveryIdOf(OutboxRecord r) {
        return r.getDeliveryId() != null ? r.getDeliveryId() : "row-" + r.getId() + "-" + r.getCreatedAt();
    }

    private static Recipient recipientOf(OutboxRecord r) {
        return switch (r.getRecipientKind()) {
            case "GROUP" -> new Recipient.Group(r.getTarget());
            case "USER" -> new Recipient.User(r.getTarget());
            case "CARD" -> new Recipient.TappedCard(r.getDestination().substring("user:".length()), r.getTarget());
            default -> new Recipient.Reply(r.getTarget(), r.getGroupCode());
        };
    }

    private static OutboundMessage toMessage(OutboxRecord r) {
        Recipient to = recipientOf(r);
        List<String> mentions = r.getMentions() == null ? List.of() : Arrays.asList(r.getMentions().split(","));
        return new OutboundMessage(r.getIdempotencyKey(), to, MessageFormat.valueOf(r.getMsgType()), r.getContent(),
                mentions, r.getAppealNumber());
    }

    private static String truncate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 497) + "...";
    }
}
