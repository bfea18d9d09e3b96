package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealEvent;
import cn.xuanhua.bot.core.appeal.AppealEventType;
import cn.xuanhua.bot.core.appeal.MergeCandidate;
import cn.xuanhua.bot.core.appeal.ProblemSignature;
import cn.xuanhua.bot.core.appeal.SameProblem;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.appeal.Appeals;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@link Appeals} on {@code appeal}, {@code appeal_event} and {@code appeal_day_sequence}. Updates are optimistic
 * (MyBatis-Plus {@code @Version}): a concurrent change makes the update touch no row, and the caller is told.
 */
@Repository
public class MybatisAppeals implements Appeals {
    private static final Logger log = LoggerFactory.getLogger(MybatisAppeals.class);
    private static final int EVENT_BATCH = 500;
    private final AppealMapper appeals;
    private final AppealEventMapper events;
    private final AppealNumberBlocks numbers;
    private final AppealRequesterMapper requesters;
    private final AppealRows rows;
    private final MergeCandidateRows mergeRows;
    private final Clock clock;

    public MybatisAppeals(AppealMapper appeals, AppealEventMapper events, AppealNumberBlocks numbers,
                          AppealRequesterMapper requesters, DataSource dataSource, Clock clock) {
        this.appeals = appeals;
        this.events = events;
        this.numbers = numbers;
        this.requesters = requesters;
        this.rows = new AppealRows(clock.getZone());
        this.mergeRows = new MergeCandidateRows(dataSource);
        this.clock = clock;
    }

    @Override
    public Optional<Appeal> byNumber(AppealNumber number) {
        AppealRecord r = appeals.selectOne(new LambdaQueryWrapper<AppealRecord>().eq(AppealRecord::getNumber, number.value()));
        return r == null ? Optional.empty()
                : Optional.of(rows.toAppeal(r, eventsOf(List.of(r.getId())).getOrDefault(r.getId(), List.of())));
    }

    @Override
    public List<Appeal> openOf(String departmentCode) {
        return restore(appeals.selectList(new LambdaQueryWrapper<AppealRecord>()
                .eq(AppealRecord::getDepartmentCode, departmentCode)
                .in(AppealRecord::getStatus, AppealStatus.PENDING.name(), AppealStatus.ACCEPTED.name())
                .orderByAsc(AppealRecord::getDueAt)));
    }

    @Override
    public List<Appeal> unclosed() {
        return restore(appeals.selectList(new LambdaQueryWrapper<AppealRecord>()
                .in(AppealRecord::getStatus, AppealStatus.PENDING.name(), AppealStatus.ACCEPTED.name(),
                        AppealStatus.RESOLVED.name())
                .orderByAsc(AppealRecord::getDueAt)));
    }

    /** Those they wrote and those they joined by 并单, newest first: one statement, two index look-ups. */
    @Override
    public List<Appeal> unclosedOfRequester(String groupCode, String requesterUserId) {
        return restore(groupCode == null ? appeals.unclosedOfRequester(requesterUserId)
                : appeals.unclosedOfRequesterIn(requesterUserId, groupCode));
    }

    @Override
    public List<Appeal> recentOpenOfGroup(String groupCode, ZonedDateTime since) {
        return restore(appeals.selectList(new LambdaQueryWrapper<AppealRecord>()
                .ge(AppealRecord::getCreatedAt, rows.local(since))
                .eq(AppealRecord::getGroupCode, groupCode)
                .in(AppealRecord::getStatus, AppealStatus.PENDING.name(), AppealStatus.ACCEPTED.name())
                .orderByDesc(AppealRecord::getCreatedAt)
                .last("LIMIT " + RECENT_LIMIT)));
    }

    @Override
    public List<MergeCandidate> mergeCandidates(String groupCode, String categoryCode, ZonedDateTime since) {
        return candidates(groupCode, categoryCode, since, null);
    }

    @Override
    public List<MergeCandidate> mergeCandidatesFor(ProblemSignature message, String writer, ZonedDateTime since) {
        return candidates(message.groupCode(), message.categoryCode(), since,
                SameProblem.sharedByPlace(message) ? null : writer);
    }

    /**
     * The open appeals of the group and category since {@code since}; with {@code ownMatterOf}, only those that
     * writer requests and those of a shared matter (the rows are filtered in the database, not shipped and decoded).
     */
    private List<MergeCandidate> candidates(String groupCode, String categoryCode, ZonedDateTime since,
                                            String ownMatterOf) {
        List<MergeCandidate> out = new ArrayList<>();
        for (MergeCandidateRows.Candidate c : mergeRows.find(groupCode, categoryCode, rows.local(since), ownMatterOf)) {
            readable(c.appeal(), () -> rows.toCandidate(c.appeal(), c.joined())).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public int madeBySince(String requesterUserId, java.time.ZonedDateTime since) {
        return Math.toIntExact(appeals.countWrittenSince(requesterUserId, rows.local(since)));
    }

    @Override
    public List<Appeal> watchCandidates(java.time.ZonedDateTime now) {
        LocalDateTime horizon = rows.local(now.plusDays(WATCH_HORIZON_DAYS));
        return restore(appeals.selectList(new LambdaQueryWrapper<AppealRecord>()
                .in(AppealRecord::getStatus, AppealStatus.PENDING.name(), AppealStatus.RESOLVED.name())
                .or(w -> w.eq(AppealRecord::getStatus, AppealStatus.ACCEPTED.name())
                        .eq(AppealRecord::getOverdue, false)
                        .lt(AppealRecord::getDueAt, horizon))
                .orderByAsc(AppealRecord::getDueAt)));
    }

    @Override
    public void add(Appeal appeal) {
        AppealRecord r = rows.toRecord(appeal, LocalDateTime.now(clock));
        r.setVersion(0);
        try {
            appeals.insertNew(r);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("诉求已存在: " + appeal.number().value());
        }
        insertNewEvents(r.getId(), appeal);
        appeal.markSaved(0);
    }

    /** Not transactional on purpose: a conflict must not mark the caller's transaction rollback-only. */
    @Override
    public void update(Appeal appeal) {
        AppealRecord current = appeals.selectOne(new LambdaQueryWrapper<AppealRecord>()
                .select(AppealRecord::getId).eq(AppealRecord::getNumber, appeal.number().value()));
        if (current == null) {
            throw new ConflictException("诉求不存在: " + appeal.number().value());
        }
        // Every state column is set explicitly, nulls included (a transfer clears the handler), and the row
        // changes only if it still has the version this appeal was read with.
        LambdaUpdateWrapper<AppealRecord> update = rows.stateUpdate(appeal.state())
                .eq(AppealRecord::getId, current.getId())
                .eq(AppealRecord::getVersion, appeal.version())
                .set(AppealRecord::getVersion, appeal.version() + 1)
                .set(AppealRecord::getUpdatedAt, LocalDateTime.now(clock));
        if (appeals.update(null, update) == 0) {
            throw new ConflictException("诉求 " + appeal.number().value() + " 刚被他人更新, 请查询后重试");
        }
        insertNewEvents(current.getId(), appeal);
        appeal.markSaved(appeal.version() + 1);
    }

    /** Takes the day's next number from this instance's block, outside the caller's transaction. */
    @Override
    public int nextSequence(LocalDate day) {
        return numbers.next(day);
    }

    /** Inserts the new events, keeping {@code appeal_requester} in step with those that add or drop a requester. */
    private void insertNewEvents(long appealId, Appeal appeal) {
        for (AppealEvent e : appeal.newEvents()) {
            events.insertNew(rows.toRecord(appealId, e));
            if (e.type() == AppealEventType.REQUESTER_JOINED) {
                requesters.add(appealId, e.actor(), rows.local(e.at()));
            } else if (e.type() == AppealEventType.REQUESTER_LEFT) {
                requesters.remove(appealId, e.actor());
            } else if (e.type() == AppealEventType.MERGED_AWAY || e.type() == AppealEventType.SPLIT) {
                appeals.update(null, new LambdaUpdateWrapper<AppealRecord>().eq(AppealRecord::getId, appealId)
                        .set(AppealRecord::getMergedInto, appeal.mergedInto().map(AppealNumber::value).orElse(null)));
            }
        }
    }

    /**
     * The appeals of a list read, each with its timeline. A row that cannot be read back (a number or a status
     * written by hand or by an old tool) is left out with a warning instead of failing the list: one bad row must
     * not stop the deadline watch, a department's list or a requester's commands for every other appeal.
     */
    private List<Appeal> restore(List<AppealRecord> records) {
        Map<Long, List<AppealEventRecord>> byAppeal = eventsOf(records.stream().map(AppealRecord::getId).toList());
        List<Appeal> out = new ArrayList<>(records.size());
        for (AppealRecord r : records) {
            readable(r, () -> rows.toAppeal(r, byAppeal.getOrDefault(r.getId(), List.of()))).ifPresent(out::add);
        }
        return out;
    }

    private static <T> Optional<T> readable(AppealRecord r, Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (RuntimeException unreadable) {
            log.warn("appeal row {} cannot be read and is left out of this list: {}", r.getId(), unreadable.toString());
            return Optional.empty();
        }
    }

    private Map<Long, List<AppealEventRecord>> eventsOf(List<Long> ids) {
        List<AppealEventRecord> all = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += EVENT_BATCH) {
            all.addAll(events.selectList(new LambdaQueryWrapper<AppealEventRecord>()
                    .in(AppealEventRecord::getAppealId, ids.subList(i, Math.min(ids.size(), i + EVENT_BATCH)))
                    .orderByAsc(AppealEventRecord::getId)));
        }
        return all.stream().collect(Collectors.groupingBy(AppealEventRecord::getAppealId));
    }
}
