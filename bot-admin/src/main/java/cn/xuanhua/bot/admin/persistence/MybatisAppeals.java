package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealEvent;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.appeal.Appeals;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link Appeals} on {@code appeal}, {@code appeal_event} and {@code appeal_day_sequence}. Updates are optimistic
 * (MyBatis-Plus {@code @Version}): a concurrent change makes the update touch no row, and the caller is told.
 */
@Repository
public class MybatisAppeals implements Appeals {
    private static final int EVENT_BATCH = 500;
    private final AppealMapper appeals;
    private final AppealEventMapper events;
    private final AppealDaySequenceMapper sequences;
    private final AppealRows rows;
    private final Clock clock;

    public MybatisAppeals(AppealMapper appeals, AppealEventMapper events, AppealDaySequenceMapper sequences, Clock clock) {
        this.appeals = appeals;
        this.events = events;
        this.sequences = sequences;
        this.rows = new AppealRows(clock.getZone());
        this.clock = clock;
    }

    @Override
    public Optional<Appeal> byNumber(AppealNumber number) {
        AppealRecord r = appeals.selectOne(new LambdaQueryWrapper<AppealRecord>().eq(AppealRecord::getNumber, number.value()));
        return r == null ? Optional.empty() : Optional.of(restore(List.of(r)).get(0));
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

    @Override
    public List<Appeal> unclosedOfRequester(String groupCode, String requesterUserId) {
        return restore(appeals.selectList(new LambdaQueryWrapper<AppealRecord>()
                .eq(AppealRecord::getRequesterUserId, requesterUserId)
                .eq(groupCode != null, AppealRecord::getGroupCode, groupCode)
                .in(AppealRecord::getStatus, AppealStatus.PENDING.name(), AppealStatus.ACCEPTED.name(),
                        AppealStatus.RESOLVED.name())
                .orderByDesc(AppealRecord::getCreatedAt)
                .orderByDesc(AppealRecord::getId)));
    }

    @Override
    public int madeBySince(String requesterUserId, java.time.ZonedDateTime since) {
        return Math.toIntExact(appeals.selectCount(new LambdaQueryWrapper<AppealRecord>()
                .eq(AppealRecord::getRequesterUserId, requesterUserId)
                .ge(AppealRecord::getCreatedAt, since.withZoneSameInstant(clock.getZone()).toLocalDateTime())));
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
            appeals.insert(r);
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

    /**
     * Takes the day's next number inside the caller's transaction: the upsert locks the day's row until commit, so
     * two instances never get the same number, and the value read back is this transaction's.
     */
    @Override
    @Transactional
    public int nextSequence(LocalDate day) {
        sequences.bump(day);
        return sequences.selectById(day).getLastValue();
    }

    private void insertNewEvents(long appealId, Appeal appeal) {
        for (AppealEvent e : appeal.newEvents()) {
            events.insert(rows.toRecord(appealId, e));
        }
    }

    private List<Appeal> restore(List<AppealRecord> records) {
        Map<Long, List<AppealEventRecord>> byAppeal = eventsOf(records.stream().map(AppealRecord::getId).toList());
        List<Appeal> out = new ArrayList<>(records.size());
        for (AppealRecord r : records) {
            out.add(rows.toAppeal(r, byAppeal.getOrDefault(r.getId(), List.of())));
        }
        return out;
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
