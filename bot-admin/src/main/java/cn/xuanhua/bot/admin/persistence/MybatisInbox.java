package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.inbound.Channel;
import cn.xuanhua.bot.core.inbound.ClaimedMessage;
import cn.xuanhua.bot.core.inbound.InboundHandler;
import cn.xuanhua.bot.core.inbound.InboundMessage;
import cn.xuanhua.bot.core.inbound.Inbox;
import cn.xuanhua.bot.core.inbound.InboxAttention;
import cn.xuanhua.bot.core.inbound.InboxQueue;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The inbox on the {@code inbox_message} table. Workers claim messages with a lease: a conditional update that
 * only one worker (of any instance) can win, using {@code attempts} as the row's version. A worker that dies
 * leaves its lease to run out, and the message is taken over: nothing stored is ever lost.
 */
@Repository
public class MybatisInbox implements Inbox, InboxQueue, InboxAttention {
    static final String PENDING = "PENDING";
    static final String PROCESSING = "PROCESSING";
    static final String FAILED = "FAILED";
    private static final String EARLIER_FROM_SAME_SENDER = "SELECT 1 FROM inbox_message earlier"
            + " WHERE earlier.sender_user_id = inbox_message.sender_user_id AND earlier.id < inbox_message.id"
            + " AND earlier.status IN ('PENDING', 'PROCESSING')";

    /** How often a claim looks again when other workers took every candidate it saw. */
    private static final int CLAIM_ROUNDS = 3;

    private final InboxMapper mapper;
    private final InboxGroupCommit inserts;
    private final InboxRowsFinish finishes;
    private final Clock clock;

    public MybatisInbox(InboxMapper mapper, DataSource dataSource, Clock clock) {
        this.mapper = mapper;
        this.inserts = new InboxGroupCommit(mapper, new InboxRowsInsert(dataSource));
        this.finishes = new InboxRowsFinish(dataSource, 64);
        this.clock = clock;
    }

    @Override
    public boolean store(InboundMessage m) {
        LocalDateTime now = LocalDateTime.now(clock);
        InboxRecord r = new InboxRecord();
        r.setMessageId(m.inboxKey());
        r.setChannel(m.channel().name());
        r.setChatId(m.chatId());
        r.setChatType(m.group() ? "group" : "single");
        r.setSenderUserId(m.senderUserId());
        r.setContent(m.text());
        r.setResponseUrl(m.responseUrl());
        r.setSentAt(m.sentAt().withZoneSameInstant(clock.getZone()).toLocalDateTime());
        r.setReceivedAt(now);
        r.setStatus(PENDING);
        r.setAttempts(0);
        r.setNextAttemptAt(now);
        return inserts.store(r);
    }

    /**
     * Claims up to {@code limit} due messages for {@code lease}; messages other workers hold are skipped, and so is
     * any message whose sender has an earlier one still waiting: one person's messages are handled in the order
     * they were sent (受理 before 办结), while different people's run in parallel.
     *
     * <p>One conditional UPDATE claims the whole batch (one commit, not one per message): it writes a fresh token
     * into the rows that are still due, and the rows with that token are the claim. A row another worker claimed
     * first is no longer due when this UPDATE gets its lock, so no message is claimed twice. When another worker
     * took every candidate, the next ones are looked up again at once rather than after a poll interval.
     *
     * <p>Waiting messages and those whose lease ran out are read apart, each in id order straight off
     * ix_inbox_queue (status, id): with both statuses in one condition the database walked the whole inbox from its
     * oldest handled message on each claim, and the inbox keeps every message it was ever sent.
     */
    @Override
    public List<ClaimedMessage> claimDue(int limit, Duration lease) {
        for (int round = 0; round < CLAIM_ROUNDS; round++) {
            LocalDateTime now = LocalDateTime.now(clock);
            List<Long> candidates = candidates(now, limit);
            if (candidates.isEmpty()) {
                return List.of();
            }
            String token = UUID.randomUUID().toString();
            int won = mapper.update(null, new LambdaUpdateWrapper<InboxRecord>()
                    .in(InboxRecord::getId, candidates)
                    .in(InboxRecord::getStatus, PENDING, PROCESSING)
                    .le(InboxRecord::getNextAttemptAt, now)
                    .set(InboxRecord::getStatus, PROCESSING)
                    .setSql("attempts = attempts + 1")
                    .set(InboxRecord::getNextAttemptAt, now.plus(lease))
                    .set(InboxRecord::getClaimToken, token));
            if (won > 0) {
                return mapper.selectList(new LambdaQueryWrapper<InboxRecord>()
                                .in(InboxRecord::getId, candidates).eq(InboxRecord::getClaimToken, token)
                                .orderByAsc(InboxRecord::getId)).stream()
                        .map(r -> new ClaimedMessage(r.getId(), r.getAttempts(), toMessage(r))).toList();
            }
        }
        return List.of();
    }

    /** The ids of the oldest {@code limit} messages due now, at most one per sender. */
    private List<Long> candidates(LocalDateTime now, int limit) {
        List<InboxRecord> due = new ArrayList<>(dueIn(PENDING, now, limit));
        due.addAll(dueIn(PROCESSING, now, limit));
        return due.stream().map(InboxRecord::getId).sorted().limit(limit).toList();
    }

    private List<InboxRecord> dueIn(String status, LocalDateTime now, int limit) {
        return mapper.selectPage(Page.of(1, limit, false), new LambdaQueryWrapper<InboxRecord>()
                .select(InboxRecord::getId)
                .eq(InboxRecord::getStatus, status)
                .le(InboxRecord::getNextAttemptAt, now)
                .notExists(EARLIER_FROM_SAME_SENDER)
                .orderByAsc(InboxRecord::getId)).getRecords();
    }

    @Override
    public void finish(ClaimedMessage c, InboundHandler.HandlingResult result) {
        mapper.finish(c.id(), result.status().name(), truncate(result.outcome()), LocalDateTime.now(clock));
    }

    /** One statement for the whole batch (of up to 64 rows a statement), in the handling's transaction. */
    @Override
    public void finishAll(List<Handled> handled) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (int from = 0; from < handled.size(); from += finishes.maxRows()) {
            finishes.finishAll(handled.subList(from, Math.min(handled.size(), from + finishes.maxRows())), now);
        }
    }

    /** Gives a failed message back for a later try, or marks it FAILED after its last attempt. */
    @Override
    public void failed(ClaimedMessage c, String error, Duration delay, int maxAttempts) {
        boolean last = c.attempts() >= maxAttempts;
        mapper.update(null, new LambdaUpdateWrapper<InboxRecord>()
                .eq(InboxRecord::getId, c.id())
                .set(InboxRecord::getStatus, last ? FAILED : PENDING)
                .set(InboxRecord::getOutcome, truncate(error))
                .set(InboxRecord::getNextAttemptAt, LocalDateTime.now(clock).plus(delay)));
    }

    /**
     * Messages that need a person: from groups the bot does not serve (yet), held back from a sender's flood, or
     * that failed every attempt; newest first. The administrator binds the group (its chat id) and the bot serves it from then on.
     */
    @Override
    public List<HeldMessage> needingAttention(int limit) {
        return mapper.selectPage(Page.of(1, limit, false), new LambdaQueryWrapper<InboxRecord>()
                .in(InboxRecord::getStatus, InboundHandler.Status.UNKNOWN_GROUP.name(),
                        InboundHandler.Status.HELD.name(), FAILED)
                .orderByDesc(InboxRecord::getId)).getRecords().stream()
                .map(r -> new HeldMessage(r.getId(), r.getStatus(), r.getChannel(), r.getChatId(),
                        r.getSenderUserId(), r.getContent(), r.getReceivedAt(), r.getOutcome()))
                .toList();
    }

    private InboundMessage toMessage(InboxRecord r) {
        ZoneId zone = clock.getZone();
        String key = r.getMessageId();
        String wecomId = key.substring(key.indexOf(':') + 1);
        return new InboundMessage(wecomId, Channel.valueOf(r.getChannel()), r.getChatId(), "group".equals(r.getChatType()),
                r.getSenderUserId(), r.getContent(), r.getResponseUrl(), r.getSentAt().atZone(zone));
    }

    /** An outcome or error cut to its 255-character column. */
    static String truncate(String s) {
        return s == null || s.length() <= 255 ? s : s.substring(0, 252) + "...";
    }
}
