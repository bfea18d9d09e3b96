package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.digest.CategoryCount;
import cn.xuanhua.bot.core.digest.DepartmentCounts;
import cn.xuanhua.bot.core.digest.DigestCounts;
import cn.xuanhua.bot.core.digest.DigestScope;
import cn.xuanhua.bot.core.digest.DigestWindow;
import cn.xuanhua.bot.core.digest.GroupCategoryCount;
import cn.xuanhua.bot.core.digest.OverdueAppeal;
import cn.xuanhua.bot.core.digest.DigestQueries;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * {@link DigestQueries} as five aggregate statements over {@code appeal} (created, accepted, resolved, rated, open
 * at the window's end), each on its own indexed time column and grouped by department, merged here per department.
 * Times go in as local date-times of the bot's zone, which is how the columns store them.
 */
@Repository
public class MybatisDigestQueries implements DigestQueries {
    /** Threads that run a count's statements beside the caller's (see countsByDepartment). */
    private static final int STATEMENT_THREADS = 3;

    private final DigestMapper mapper;
    private final ZoneId zone;
    private final ExecutorService statements = Executors.newFixedThreadPool(STATEMENT_THREADS, new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "digest-sql-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    public MybatisDigestQueries(DigestMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.zone = clock.getZone();
    }

    /**
     * Outside a transaction (the console, the API, the Monday job) the five statements run side by side on their own
     * connections (they only read, each a count of its own column), so a month's or a quarter's ranking takes about
     * as long as its slowest statement rather than the sum of all five. Inside one (周报 handled with the message that
     * asked for it) they run one after the other on its connection, which they see and do not compete with for the
     * pool.
     */
    @Override
    public List<DepartmentCounts> countsByDepartment(DigestScope scope, DigestWindow window) {
        DigestQuery q = query(scope, window, 0);
        boolean aside = !TransactionSynchronizationManager.isActualTransactionActive();
        Future<List<DigestCountRow>> accepted = run(aside, () -> mapper.accepted(q));
        Future<List<DigestCountRow>> resolved = run(aside, () -> mapper.resolved(q));
        Future<List<DigestCountRow>> rated = run(aside, () -> mapper.rated(q));
        Future<List<DigestCountRow>> open = run(aside, () -> mapper.open(q));
        Map<String, long[]> byDepartment = new TreeMap<>();
        merge(byDepartment, mapper.created(q), r -> new long[]{n(r.getCreated()), n(r.getRespondedInTime()), 0, 0, 0, 0, 0, 0, 0, 0,
                n(r.getResponseDue())});
        merge(byDepartment, result(accepted), r -> new long[]{0, 0, n(r.getAccepted()), 0, 0, 0, 0, 0, 0, 0, 0});
        merge(byDepartment, result(resolved), r -> new long[]{0, 0, 0, n(r.getResolved()), n(r.getResolvedOnTime()),
                n(r.getResolvedNotReopened()), 0, 0, 0, 0, 0});
        merge(byDepartment, result(rated), r -> new long[]{0, 0, 0, 0, 0, 0, n(r.getRated()), n(r.getSatisfied()), 0, 0, 0});
        merge(byDepartment, result(open), r -> new long[]{0, 0, 0, 0, 0, 0, 0, 0, n(r.getOpenCount()),
                n(r.getOverdueCount()), 0});
        return byDepartment.entrySet().stream().map(e -> new DepartmentCounts(e.getKey(), counts(e.getValue()))).toList();
    }

    /** A statement on a thread of its own, or at once on this one (then already done). */
    private <T> Future<T> run(boolean aside, Callable<T> statement) {
        if (aside) {
            return statements.submit(statement);
        }
        try {
            return CompletableFuture.completedFuture(statement.call());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T result(Future<T> statement) {
        try {
            return statement.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            statement.cancel(true);
            throw new IllegalStateException("interrupted while counting a digest", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        statements.shutdownNow();
    }

    @Override
    public List<DigestCounts> weeklyTotals(DigestScope scope, DigestWindow window) {
        DigestQuery base = query(scope, window, 0);
        List<DigestQuery.Week> weeks = new ArrayList<>();
        for (ZonedDateTime until = window.start().plusWeeks(1); !until.isAfter(window.end()); until = until.plusWeeks(1)) {
            weeks.add(new DigestQuery.Week(local(until), weeks.size()));
        }
        DigestQuery q = new DigestQuery(base.start(), base.end(), base.asOf(), base.groupCode(), base.departmentCode(),
                base.days(), 0, null, weeks);
        long[][] sums = new long[weeks.size()][11];
        add(sums, mapper.createdByWeek(q), r -> new long[]{n(r.getCreated()), n(r.getRespondedInTime()), 0, 0, 0, 0, 0,
                0, 0, 0, n(r.getCreated())});
        add(sums, mapper.resolvedByWeek(q), r -> new long[]{0, 0, 0, n(r.getResolved()), n(r.getResolvedOnTime()),
                n(r.getResolvedNotReopened()), 0, 0, 0, 0, 0});
        add(sums, mapper.ratedByWeek(q), r -> new long[]{0, 0, 0, 0, 0, 0, n(r.getRated()), n(r.getSatisfied()), 0, 0, 0});
        List<DigestCounts> out = new ArrayList<>(weeks.size());
        for (long[] week : sums) {
            out.add(counts(week));
        }
        return out;
    }

    private static void add(long[][] sums, List<DigestCountRow> rows, Function<DigestCountRow, long[]> values) {
        for (DigestCountRow r : rows) {
            if (r.getWeek() != null && r.getWeek() >= 0 && r.getWeek() < sums.length) {
                long[] v = values.apply(r);
                for (int i = 0; i < v.length; i++) {
                    sums[r.getWeek()][i] += v[i];
                }
            }
        }
    }

    @Override
    public long businessesTouched(DigestScope scope, DigestWindow window) {
        return mapper.businessesTouched(query(scope, window, 0));
    }

    @Override
    public List<CategoryCount> topCategories(DigestScope scope, DigestWindow window, int limit) {
        return mapper.topCategories(query(scope, window, limit)).stream()
                .map(r -> new CategoryCount(r.getCode(), r.getName() == null ? r.getCode() : r.getName(), n(r.getTotal())))
                .toList();
    }

    @Override
    public List<GroupCategoryCount> categoriesByGroup(DigestScope scope, DigestWindow window) {
        return mapper.categoriesByGroup(query(scope, window, 0)).stream()
                .map(r -> new GroupCategoryCount(r.getGroupCode(), r.getCode(),
                        r.getName() == null ? r.getCode() : r.getName(), n(r.getTotal())))
                .toList();
    }

    @Override
    public List<OverdueAppeal> overdueAppeals(DigestScope scope, DigestWindow window, int limit) {
        return mapper.overdue(query(scope, window, limit)).stream()
                .map(r -> new OverdueAppeal(r.getNumber(), r.getCode(), r.getName() == null ? r.getCode() : r.getName(),
                        r.getDueAt().atZone(zone)))
                .toList();
    }

    /** The statements' parameters for a scope and window (public for the benchmark's EXPLAIN). */
    public DigestQuery query(DigestScope scope, DigestWindow w, int limit) {
        List<DigestQuery.Day> days = responseDays(w);
        return new DigestQuery(local(w.start()), local(w.end()), local(w.asOf()), scope.groupCode(),
                scope.departmentCode(), days, limit, w.partial() ? local(w.asOf()) : null);
    }

    /**
     * The window's response days for the SQL's CASE, consecutive days with the same allowance merged into one
     * branch (the last day's {@code until} covers them all): a week keeps a few branches, a quarter a few dozen
     * rather than 92.
     */
    private List<DigestQuery.Day> responseDays(DigestWindow w) {
        List<DigestQuery.Day> days = new ArrayList<>();
        for (DigestWindow.ResponseDay d : w.responseDays()) {
            DigestQuery.Day day = new DigestQuery.Day(local(d.until()), d.calendarDays());
            if (!days.isEmpty() && days.get(days.size() - 1).addDays() == d.calendarDays()) {
                days.set(days.size() - 1, day);
            } else {
                days.add(day);
            }
        }
        return days;
    }

    private LocalDateTime local(ZonedDateTime t) {
        return t.withZoneSameInstant(zone).toLocalDateTime();
    }

    private static void merge(Map<String, long[]> into, List<DigestCountRow> rows, Function<DigestCountRow, long[]> values) {
        for (DigestCountRow r : rows) {
            long[] add = values.apply(r);
            long[] sum = into.computeIfAbsent(r.getDepartmentCode(), k -> new long[add.length]);
            for (int i = 0; i < add.length; i++) {
                sum[i] += add[i];
            }
        }
    }

    private static DigestCounts counts(long[] v) {
        return new DigestCounts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
    }

    private static long n(Long value) {
        return value == null ? 0 : value;
    }
}
