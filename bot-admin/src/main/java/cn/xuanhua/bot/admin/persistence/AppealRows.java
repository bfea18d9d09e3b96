package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealEvent;
import cn.xuanhua.bot.core.appeal.AppealEventType;
import cn.xuanhua.bot.core.appeal.AppealFacts;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.MergeCandidate;
import cn.xuanhua.bot.core.appeal.ProblemSignature;
import cn.xuanhua.bot.core.text.Shingles;
import cn.xuanhua.bot.core.appeal.AppealState;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.appeal.Satisfaction;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** The explicit mapping between the appeal aggregate and its rows; times are stored as local times in the bot's zone. */
final class AppealRows {
    private final ZoneId zone;

    AppealRows(ZoneId zone) {
        this.zone = zone;
    }

    AppealRecord toRecord(Appeal appeal, LocalDateTime now) {
        AppealFacts f = appeal.facts();
        AppealState s = appeal.state();
        AppealRecord r = new AppealRecord();
        r.setNumber(f.number().value());
        r.setGroupCode(f.groupCode());
        r.setRequesterUserId(f.requesterUserId());
        r.setRequesterName(f.requesterName());
        r.setOriginalText(f.originalText());
        r.setMaskedText(f.maskedText());
        r.setCategoryCode(f.categoryCode());
        r.setCreatedAt(local(f.createdAt()));
        r.setRequestedDeadline(local(f.requestedDeadline()));
        r.setUrgent(f.urgent());
        r.setSourceMessageId(f.sourceMessageId());
        r.setOnBehalf(f.onBehalf());
        // Written once: a new appeal is where intake sent it; a later 转办 / 改派 is the district's correction.
        r.setIntakeDepartmentCode(s.departmentCode());
        appeal.signature().ifPresent(sig -> {
            r.setMatterCode(sig.matterCode());
            r.setMergePlaces(sig.encodedPlaces());
            r.setMergeShingles(sig.shingles().encode());
        });
        writeState(r, s);
        r.setVersion(appeal.version());
        r.setUpdatedAt(now);
        return r;
    }

    void writeState(AppealRecord r, AppealState s) {
        r.setStatus(s.status().name());
        r.setDepartmentCode(s.departmentCode());
        r.setHandlerUserId(s.handlerUserId());
        r.setDueAt(local(s.dueAt()));
        r.setAcceptedAt(local(s.acceptedAt()));
        r.setResolvedAt(local(s.resolvedAt()));
        r.setClosedAt(local(s.closedAt()));
        r.setSatisfaction(s.satisfaction() == null ? null : s.satisfaction().name());
        r.setRatedAt(local(s.ratedAt()));
        r.setReopened(s.reopened());
        r.setOverdue(s.overdue());
        r.setExtensionDays(s.extensionDays());
    }

    /** An update that writes every changing column of {@code s}, nulls included. */
    LambdaUpdateWrapper<AppealRecord> stateUpdate(AppealState s) {
        return new LambdaUpdateWrapper<AppealRecord>()
                .set(AppealRecord::getStatus, s.status().name())
                .set(AppealRecord::getDepartmentCode, s.departmentCode())
                .set(AppealRecord::getHandlerUserId, s.handlerUserId())
                .set(AppealRecord::getDueAt, local(s.dueAt()))
                .set(AppealRecord::getAcceptedAt, local(s.acceptedAt()))
                .set(AppealRecord::getResolvedAt, local(s.resolvedAt()))
                .set(AppealRecord::getClosedAt, local(s.closedAt()))
                .set(AppealRecord::getSatisfaction, s.satisfaction() == null ? null : s.satisfaction().name())
                .set(AppealRecord::getRatedAt, local(s.ratedAt()))
                .set(AppealRecord::getReopened, s.reopened())
                .set(AppealRecord::getOverdue, s.overdue())
                .set(AppealRecord::getExtensionDays, s.extensionDays());
    }

    Appeal toAppeal(AppealRecord r, List<AppealEventRecord> events) {
        AppealFacts facts = new AppealFacts(AppealNumber.parse(r.getNumber()), r.getGroupCode(), r.getRequesterUserId(),
                r.getRequesterName(), r.getOriginalText(), r.getMaskedText(), r.getCategoryCode(), zoned(r.getCreatedAt()),
                zoned(r.getRequestedDeadline()), Boolean.TRUE.equals(r.getUrgent()), r.getSourceMessageId(),
                Boolean.TRUE.equals(r.getOnBehalf()));
        AppealState state = new AppealState(AppealStatus.valueOf(r.getStatus()), r.getDepartmentCode(),
                r.getHandlerUserId(), zoned(r.getDueAt()), zoned(r.getAcceptedAt()), zoned(r.getResolvedAt()),
                zoned(r.getClosedAt()), r.getSatisfaction() == null ? null : Satisfaction.valueOf(r.getSatisfaction()),
                zoned(r.getRatedAt()), Boolean.TRUE.equals(r.getReopened()), Boolean.TRUE.equals(r.getOverdue()),
                r.getExtensionDays());
        List<AppealEvent> timeline = events.stream()
                .map(e -> new AppealEvent(zoned(e.getAt()), AppealEventType.valueOf(e.getType()), e.getActor(), e.getNote()))
                .toList();
        return Appeal.restore(facts, state, r.getVersion(), timeline);
    }

    /**
     * 并单's view of an open appeal: its stored signature (empty when made without intake) and its requesters, the
     * one who wrote it, then {@code joined}.
     */
    MergeCandidate toCandidate(AppealRecord r, List<String> joined) {
        ProblemSignature signature = new ProblemSignature(r.getGroupCode(), r.getCategoryCode(), r.getMatterCode(),
                ProblemSignature.decodePlaces(r.getMergePlaces()), Shingles.decode(r.getMergeShingles()));
        return new MergeCandidate(AppealNumber.parse(r.getNumber()), AppealStatus.valueOf(r.getStatus()),
                zoned(r.getCreatedAt()), requesters(r.getRequesterUserId(), joined), signature);
    }

    /** Who wrote it first, then who joined by 并单. */
    static List<String> requesters(String first, List<String> joined) {
        List<String> all = new java.util.ArrayList<>(joined.size() + 1);
        all.add(first);
        joined.stream().filter(u -> !u.equals(first)).forEach(all::add);
        return all;
    }

    AppealEventRecord toRecord(long appealId, AppealEvent e) {
        AppealEventRecord r = new AppealEventRecord();
        r.setAppealId(appealId);
        r.setAt(local(e.at()));
        r.setType(e.type().name());
        r.setActor(e.actor());
        r.setNote(e.note());
        return r;
    }

    LocalDateTime local(ZonedDateTime t) {
        return t == null ? null : t.withZoneSameInstant(zone).toLocalDateTime();
    }

    ZonedDateTime zoned(LocalDateTime t) {
        return t == null ? null : t.atZone(zone);
    }
}
