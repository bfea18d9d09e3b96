package cn.xuanhua.bot.admin.dashboard;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.core.digest.DigestBuilder;
import cn.xuanhua.bot.core.digest.DigestPeriod;
import cn.xuanhua.bot.core.digest.WeeklyDigest;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.Groups;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the dashboard from the weekly digests (the same SQL aggregation as 周报 and the digest API). Past weeks
 * hardly change, so their figures are kept for a few minutes; this week is always counted afresh.
 */
@Service
public class DashboardService {
    static final int TREND_WEEKS = 12;
    private static final Duration PAST_WEEK_TTL = Duration.ofMinutes(10);
    private static final int MOST_OVERDUE = 10;

    private record Cached(WeeklyDigest digest, Instant at) {
    }

    private final DigestBuilder digests;
    private final Groups groups;
    private final Clock clock;
    private final Map<String, Cached> pastWeeks = new ConcurrentHashMap<>();

    public DashboardService(DigestBuilder digests, Groups groups, Clock clock) {
        this.digests = digests;
        this.groups = groups;
        this.clock = clock;
    }

    public Dashboard build(ConsoleUser me) {
        ChatGroup scope = scopeOf(me);
        ZonedDateTime now = ZonedDateTime.now(clock);
        DigestPeriod current = DigestPeriod.containing(now.toLocalDate());
        WeeklyDigest thisWeek = digests.build(scope, current, now);
        List<Dashboard.WeekPoint> trend = new ArrayList<>();
        DigestPeriod week = current;
        for (int i = 1; i < TREND_WEEKS; i++) {
            week = week.previous();
            trend.add(0, Dashboard.WeekPoint.of(pastWeek(scope, week, now)));
        }
        trend.add(Dashboard.WeekPoint.of(thisWeek));
        List<cn.xuanhua.bot.core.digest.OverdueAppeal> overdue = thisWeek.overdueAppeals().stream()
                .limit(MOST_OVERDUE).toList();
        return new Dashboard(scope.name(), thisWeek, trend, overdue);
    }

    /** The district for those who read every appeal; a staff member's own department otherwise. */
    private ChatGroup scopeOf(ConsoleUser me) {
        return me.departmentScope()
                .map(code -> ChatGroup.departmentScope(code, me.departmentName()))
                .orElseGet(() -> groups.all().stream().filter(g -> g.kind() == GroupKind.COORDINATION).findFirst()
                        .map(g -> new ChatGroup(g.code(), "宣化区", g.kind(), g.chatId(), g.webhookKey(), g.binding(),
                                g.ownerUserId(), g.leadDepartmentCode()))
                        .orElseThrow(() -> new IllegalStateException("no coordination group is configured")));
    }

    private WeeklyDigest pastWeek(ChatGroup scope, DigestPeriod week, ZonedDateTime now) {
        String key = scope.code() + "@" + week.isoWeek();
        Cached cached = pastWeeks.get(key);
        if (cached != null && cached.at().plus(PAST_WEEK_TTL).isAfter(clock.instant())) {
            return cached.digest();
        }
        WeeklyDigest fresh = digests.build(scope, week, now);
        pastWeeks.put(key, new Cached(fresh, clock.instant()));
        return fresh;
    }
}
