package cn.xuanhua.bot.admin.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two years of appeals for the digest benchmark, as multi-row INSERTs in creation order (so the time indexes grow
 * at their end) on two connections. Shapes, per appeal: any of the groups; its group's lead department in three
 * cases of ten, else any department; accepted within hours (some after days, a few never); resolved days later,
 * mostly before the due date; rated in four cases of five (mostly 满意); a small share left open or stale. Only the
 * columns digests read carry realistic values; the texts are short placeholders. Events are not generated: digests
 * never read them.
 */
final class DigestBenchData {
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final String[] CATEGORIES = {"license", "approval", "utilities", "heating", "finance", "hiring",
            "social-insurance", "tax", "policy", "inspection", "fire", "environment", "arrears", "traffic",
            "municipal", "land", "construction", "market", "other"};
    private static final int ROWS_PER_INSERT = 1000;
    private static final int THREADS = 2;

    /** A group with the department that leads it. */
    record Group(String code, String leadDepartment) {
    }

    private final List<Group> groups;
    private final List<String> departments;
    private final LocalDateTime end;
    private final Duration span;

    DigestBenchData(List<Group> groups, List<String> departments, LocalDateTime end, Duration span) {
        this.groups = groups;
        this.departments = departments;
        this.end = end;
        this.span = span;
    }

    /** Inserts {@code total} appeals created evenly over the span before {@code end}; returns the seconds taken. */
    double load(DataSource dataSource, int total) throws Exception {
        long started = System.nanoTime();
        int chunks = (total + ROWS_PER_INSERT - 1) / ROWS_PER_INSERT;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    insertChunks(dataSource, thread, chunks, total);
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private void insertChunks(DataSource dataSource, int thread, int chunks, int total) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET SESSION unique_checks = 0");
            c.setAutoCommit(false);
            for (int chunk = thread; chunk < chunks; chunk += THREADS) {
                int from = chunk * ROWS_PER_INSERT;
                int to = Math.min(total, from + ROWS_PER_INSERT);
                s.execute(insert(from, to, total));
                if (chunk % 20 == thread) {
                    c.commit();
                }
            }
            c.commit();
        }
    }

    private String insert(int from, int to, int total) {
        StringBuilder sql = new StringBuilder(to - from < 1 ? 0 : (to - from) * 420);
        sql.append("INSERT INTO appeal (number, status, group_code, requester_user_id, original_text, masked_text,"
                + " category_code, department_code, handler_user_id, created_at, due_at, accepted_at, resolved_at,"
                + " closed_at, satisfaction, rated_at, reopened, overdue, version, updated_at) VALUES ");
        for (int i = from; i < to; i++) {
            if (i > from) {
                sql.append(',');
            }
            row(sql, i, total);
        }
        return sql.toString();
    }

    private void row(StringBuilder sql, int i, int total) {
        SplittableRandom r = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
        LocalDateTime created = end.minus(span).plusNanos((long) ((double) span.toNanos() * i / total))
                .withNano(r.nextInt(1000) * 1_000_000);
        Group group = groups.get(r.nextInt(groups.size()));
        String department = r.nextInt(10) < 3 ? group.leadDepartment() : departments.get(r.nextInt(departments.size()));
        LocalDateTime due = created.plusDays(3 + r.nextInt(12));
        LocalDateTime accepted = null;
        LocalDateTime resolved = null;
        LocalDateTime rated = null;
        String satisfaction = null;
        boolean reopened = false;
        int roll = r.nextInt(1000);
        if (roll >= 5) { // 0.5 % never accepted
            accepted = created.plusMinutes(r.nextInt(100) < 85 ? 10 + r.nextInt(600) : 24 * 60 + r.nextInt(4 * 24 * 60));
        }
        if (accepted != null && roll >= 20) { // another 1.5 % accepted and never resolved
            resolved = accepted.plusMinutes(60 + (long) r.nextInt(100) * r.nextInt(200));
        }
        if (resolved != null && r.nextInt(5) < 4) {
            rated = resolved.plusMinutes(10 + r.nextInt(3 * 24 * 60));
            int s = r.nextInt(100);
            satisfaction = s < 82 ? "SATISFIED" : s < 94 ? "BASICALLY_SATISFIED" : "DISSATISFIED";
            reopened = s >= 94;
        }
        String status = status(accepted, resolved, rated, satisfaction);
        LocalDateTime closed = "CLOSED".equals(status) ? (rated != null ? rated : resolved.plusDays(3)) : null;
        if (closed != null && closed.isAfter(end) || rated != null && rated.isAfter(end)) {
            closed = null;
            rated = null;
            satisfaction = null;
            reopened = false;
            status = "RESOLVED";
        }
        if (resolved != null && resolved.isAfter(end)) {
            resolved = null;
            status = "ACCEPTED";
        }
        if (accepted != null && accepted.isAfter(end)) {
            accepted = null;
            status = "PENDING";
        }
        // A well-formed number (the application reads every row back), unique by i whatever the day.
        String number = cn.xuanhua.bot.core.appeal.AppealNumber.of("BN", created.toLocalDate(), i + 1).value();
        sql.append("('").append(number).append("','").append(status).append("','").append(group.code())
                .append("','bench.user").append(i % 5000).append("','bench appeal','bench appeal','")
                .append(CATEGORIES[Math.min(CATEGORIES.length - 1, (int) Math.abs(r.nextGaussian() * 5))])
                .append("','").append(department).append("',")
                .append(accepted == null ? "NULL" : "'staff." + department + "'").append(',')
                .append(t(created)).append(',').append(t(due)).append(',').append(t(accepted)).append(',')
                .append(t(resolved)).append(',').append(t(closed)).append(',')
                .append(satisfaction == null ? "NULL" : "'" + satisfaction + "'").append(',').append(t(rated))
                .append(',').append(reopened ? "TRUE" : "FALSE").append(",FALSE,0,").append(t(created)).append(')');
    }

    private static String status(LocalDateTime accepted, LocalDateTime resolved, LocalDateTime rated,
                                 String satisfaction) {
        if (accepted == null) {
            return "PENDING";
        }
        if (resolved == null) {
            return "ACCEPTED";
        }
        // rated or not, a resolved appeal is closed in the end (unrated ones after the rating window);
        // a 不满意 one was handled again and closed too, keeping reopened = true.
        return rated != null || satisfaction == null ? "CLOSED" : "RESOLVED";
    }

    private static String t(LocalDateTime value) {
        return value == null ? "NULL" : "'" + value.format(SQL_TIME) + "'";
    }
}
