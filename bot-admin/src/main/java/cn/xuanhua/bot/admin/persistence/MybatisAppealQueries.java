package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.ResultPage;
import cn.xuanhua.bot.core.appeal.AppealCase;
import cn.xuanhua.bot.core.appeal.AppealFilter;
import cn.xuanhua.bot.core.appeal.AppealListing;
import cn.xuanhua.bot.core.appeal.AppealQueries;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.appeal.Satisfaction;
import cn.xuanhua.bot.core.appeal.TimelineEntry;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.core.toolkit.support.SFunction;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.springframework.stereotype.Repository;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link AppealQueries} on the {@code appeal} and {@code appeal_event} tables. Search is a substring match on the
 * number and the masked text (a district's volume does not need a full-text index), of the characters as typed:
 * {@code %} and {@code _} are not wildcards.
 */
@Repository
public class MybatisAppealQueries implements AppealQueries {
    private static final int BATCH = 500;
    private final AppealMapper appeals;
    private final AppealEventMapper events;
    private final AppealRequesterMapper requesters;

    public MybatisAppealQueries(AppealMapper appeals, AppealEventMapper events, AppealRequesterMapper requesters) {
        this.appeals = appeals;
        this.events = events;
        this.requesters = requesters;
    }

    @Override
    public ResultPage<AppealListing> find(AppealFilter f, int page, int size) {
        IPage<AppealRecord> found = appeals.selectPage(Page.of(page, size),
                where(f).orderByDesc(AppealRecord::getCreatedAt));
        return new ResultPage<>(listings(found.getRecords()),
                found.getCurrent(), found.getSize(), found.getTotal());
    }

    @Override
    public List<AppealListing> all(AppealFilter f) {
        return listings(appeals.selectList(where(f).orderByAsc(AppealRecord::getCreatedAt)));
    }

    @Override
    public List<AppealListing> openOf(String departmentCode, int limit) {
        return listings(appeals.selectPage(Page.of(1, limit, false), new LambdaQueryWrapper<AppealRecord>()
                        .eq(AppealRecord::getDepartmentCode, departmentCode)
                        .in(AppealRecord::getStatus, AppealStatus.PENDING.name(), AppealStatus.ACCEPTED.name())
                        .orderByAsc(AppealRecord::getDueAt).orderByAsc(AppealRecord::getId))
                .getRecords());
    }

    @Override
    public Optional<AppealCase> byNumber(String number) {
        AppealRecord r = appeals.selectOne(new LambdaQueryWrapper<AppealRecord>().eq(AppealRecord::getNumber, number));
        if (r == null) {
            return Optional.empty();
        }
        List<TimelineEntry> timeline = events.selectList(new LambdaQueryWrapper<AppealEventRecord>()
                        .eq(AppealEventRecord::getAppealId, r.getId()).orderByAsc(AppealEventRecord::getId)).stream()
                .map(e -> new TimelineEntry(e.getAt(), e.getType(), e.getActor(), e.getNote())).toList();
        return Optional.of(new AppealCase(listings(List.of(r)).get(0), r.getOriginalText(), timeline));
    }

    private static LambdaQueryWrapper<AppealRecord> where(AppealFilter f) {
        LambdaQueryWrapper<AppealRecord> w = new LambdaQueryWrapper<>();
        w.eq(f.status() != null, AppealRecord::getStatus, f.status() == null ? null : f.status().name())
                .eq(given(f.groupCode()), AppealRecord::getGroupCode, f.groupCode())
                .eq(given(f.departmentCode()), AppealRecord::getDepartmentCode, f.departmentCode())
                .eq(given(f.categoryCode()), AppealRecord::getCategoryCode, f.categoryCode());
        // The dashboard's figures link here with the time their count is taken on (accepted, resolved, rated).
        SFunction<AppealRecord, ?> time = switch (f.dated() == null ? AppealFilter.Dated.CREATED : f.dated()) {
            case CREATED -> AppealRecord::getCreatedAt;
            case ACCEPTED -> AppealRecord::getAcceptedAt;
            case RESOLVED -> AppealRecord::getResolvedAt;
            case RATED -> AppealRecord::getRatedAt;
        };
        w.ge(f.from() != null, time, f.from()).lt(f.to() != null, time, f.to());
        if (f.dated() == AppealFilter.Dated.RATED) {
            w.isNotNull(AppealRecord::getSatisfaction);
        }
        if (given(f.query())) {
            String contains = "%" + likeLiteral(f.query()) + "%";
            w.and(q -> q.apply("masked_text LIKE {0} ESCAPE '!'", contains).or()
                    .apply("number LIKE {0} ESCAPE '!'", contains));
        }
        if (f.overdueAt() != null) {
            // Like AppealListing.overdueAt: open and past due, or escalated as overdue and still open.
            w.in(AppealRecord::getStatus, AppealStatus.PENDING.name(), AppealStatus.ACCEPTED.name())
                    .and(o -> o.lt(AppealRecord::getDueAt, f.overdueAt()).or().eq(AppealRecord::getOverdue, true));
        }
        if (f.openAsOf() != null) {
            // As DigestMapper.open counts the appeals open at a moment.
            LocalDateTime at = f.openAsOf();
            w.lt(AppealRecord::getCreatedAt, at)
                    .and(o -> o.in(AppealRecord::getStatus, AppealStatus.PENDING.name(), AppealStatus.ACCEPTED.name())
                            .or(r -> r.in(AppealRecord::getStatus, AppealStatus.RESOLVED.name(),
                                    AppealStatus.CLOSED.name()).ge(AppealRecord::getResolvedAt, at)));
        }
        if (f.overdueAsOf() != null) {
            // As DigestMapper.open counts overdue at a week's end: made before it, still open then, due before it.
            LocalDateTime at = f.overdueAsOf();
            w.lt(AppealRecord::getCreatedAt, at).lt(AppealRecord::getDueAt, at)
                    .and(o -> o.in(AppealRecord::getStatus, AppealStatus.PENDING.name(), AppealStatus.ACCEPTED.name())
                            .or(r -> r.in(AppealRecord::getStatus, AppealStatus.RESOLVED.name(),
                                    AppealStatus.CLOSED.name()).ge(AppealRecord::getResolvedAt, at)));
        }
        return w;
    }

    /**
     * The text as a LIKE pattern that matches it literally: a person searching for "50%" or "a_b" means those
     * characters, and MyBatis-Plus's like() passed them on as wildcards ({@code q=%} matched every appeal). The escape
     * character is {@code !} rather than a backslash, which MySQL and H2 treat differently inside string literals.
     */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The rows as listings, each with its requesters (one query per 500 appeals). */
    private List<AppealListing> listings(List<AppealRecord> records) {
        Map<Long, List<String>> who = new HashMap<>();
        List<Long> ids = records.stream().map(AppealRecord::getId).toList();
        for (int i = 0; i < ids.size(); i += BATCH) {
            for (AppealRequesterMapper.Row row : requesters.ofAppeals(ids.subList(i, Math.min(ids.size(), i + BATCH)))) {
                who.computeIfAbsent(row.appealId(), k -> new ArrayList<>()).add(row.userId());
            }
        }
        return records.stream().map(r -> listing(r, who.getOrDefault(r.getId(), List.of()))).toList();
    }

    /** @param requesters those who joined by 并单 */
    private static AppealListing listing(AppealRecord r, List<String> requesters) {
        return new AppealListing(r.getNumber(), AppealStatus.valueOf(r.getStatus()), r.getGroupCode(),
                r.getRequesterUserId(), r.getRequesterName(), r.getMaskedText(), r.getCategoryCode(),
                r.getDepartmentCode(), r.getHandlerUserId(), r.getCreatedAt(), r.getRequestedDeadline(), r.getDueAt(),
                Boolean.TRUE.equals(r.getUrgent()), r.getAcceptedAt(), r.getResolvedAt(), r.getClosedAt(),
                r.getSatisfaction() == null ? null : Satisfaction.valueOf(r.getSatisfaction()),
                Boolean.TRUE.equals(r.getReopened()), Boolean.TRUE.equals(r.getOverdue()), r.getExtensionDays(),
                AppealRows.requesters(r.getRequesterUserId(), requesters));
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }
}
