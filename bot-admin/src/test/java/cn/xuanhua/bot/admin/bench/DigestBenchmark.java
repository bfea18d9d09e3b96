package cn.xuanhua.bot.admin.bench;

import cn.xuanhua.bot.admin.account.ConsoleRole;
import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.dashboard.Dashboard;
import cn.xuanhua.bot.admin.dashboard.DashboardService;
import cn.xuanhua.bot.admin.digest.DigestChart;
import cn.xuanhua.bot.admin.report.PeriodReportView;
import cn.xuanhua.bot.admin.report.PeriodWorkbook;
import cn.xuanhua.bot.admin.persistence.DigestQuery;
import cn.xuanhua.bot.admin.persistence.MybatisDigestQueries;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.core.Snapshot;
import cn.xuanhua.bot.core.calendar.WorkCalendar;
import cn.xuanhua.bot.core.digest.DigestBuilder;
import cn.xuanhua.bot.core.digest.DigestPeriod;
import cn.xuanhua.bot.core.digest.DigestQueries;
import cn.xuanhua.bot.core.digest.PeriodReport;
import cn.xuanhua.bot.core.digest.PeriodReports;
import cn.xuanhua.bot.core.digest.ReportPeriod;
import cn.xuanhua.bot.core.digest.DigestScope;
import cn.xuanhua.bot.core.digest.DigestText;
import cn.xuanhua.bot.core.digest.DigestWindow;
import cn.xuanhua.bot.core.digest.WeeklyDigest;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.Groups;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code scripts/bench-digest}: 1,000,000 appeals over two years across every seeded group and department in a
 * fresh MariaDB database, then one group's weekly digest and the coordination group's, each built through the real
 * code (SQL aggregates, ranking) warm, median of several runs; also the text and the chart; then the console's
 * dashboard (warm and cold) and the month and quarter reports. Prints the figures, the EXPLAIN of each statement, and
 * {@code digest: group P ms, coordination Q ms; dashboard D ms (cold C ms); month report M ms, quarter Q ms (target <
 * 500 ms)}. Drops the database at the end. Not a test.
 */
public final class DigestBenchmark {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Monday 09:00, when the Monday job runs: the digests are of the week just ended. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZONE);
    private static final int APPEALS = Integer.getInteger("bench.appeals", 1_000_000);
    private static final int WARM_UP = 5;
    private static final int RUNS = 15;
    private static final String[] STATEMENTS = {"created", "accepted", "resolved", "rated", "open", "topCategories",
            "overdue", "categoriesByGroup"};

    private DigestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = TestServices.freshMariaDbDatabase("bench_digest");
        String path = url.substring(0, url.indexOf('?'));
        String database = path.substring(path.lastIndexOf('/') + 1);
        String result;
        try (ConfigurableApplicationContext app = start(url)) {
            result = run(app);
        } finally {
            drop(database);
        }
        System.out.println(result);
    }

    /** Loads, measures and explains; returns the closing line. */
    private static String run(ConfigurableApplicationContext app) throws Exception {
        Groups groups = app.getBean(Groups.class);
        DataSource dataSource = app.getBean(DataSource.class);
        List<DigestBenchData.Group> shapes = groups.all().stream()
                .map(g -> new DigestBenchData.Group(g.code(), g.leadDepartmentCode())).toList();
        List<String> departments = app.getBean(Departments.class).all().stream().map(d -> d.code()).toList();
        System.out.printf(Locale.ROOT, "loading %,d appeals over two years across %d groups and %d departments ...%n",
                APPEALS, shapes.size(), departments.size());
        double seconds = new DigestBenchData(shapes, departments, NOW.toLocalDateTime(), Duration.ofDays(730))
                .load(dataSource, APPEALS);
        JdbcTemplate db = new JdbcTemplate(dataSource);
        db.execute("ANALYZE TABLE appeal");
        System.out.printf(Locale.ROOT, "loaded %,d appeals in %.0f s%n", db.queryForObject("SELECT COUNT(*) FROM appeal",
                Long.class), seconds);

        DigestBuilder builder = app.getBean(DigestBuilder.class);
        DigestChart chart = app.getBean(DigestChart.class);
        DigestPeriod week = DigestPeriod.lastWeek(NOW);
        ChatGroup group = groups.byCode("tw-nanguan").orElseThrow();
        ChatGroup coordination = groups.all().stream().filter(g -> g.kind() == GroupKind.COORDINATION).findFirst()
                .orElseThrow();

        double groupMs = report("group " + group.code(), () -> builder.build(group, week, NOW), chart);
        double coordMs = report("coordination", () -> builder.build(coordination, week, NOW), chart);

        DigestPeriod yearAgo = DigestPeriod.containing(week.monday().minusWeeks(52));
        double oldGroup = median(() -> builder.build(group, yearAgo, NOW));
        double oldCoord = median(() -> builder.build(coordination, yearAgo, NOW));
        System.out.printf(Locale.ROOT, "a week a year back (%s, for the API): group %.1f ms, coordination %.1f ms%n",
                yearAgo.isoWeek(), oldGroup, oldCoord);

        double[] dashboard = dashboard(app);
        double[] reports = reports(app);

        explain(app, dataSource, group.code(), week, "group " + group.code());
        explain(app, dataSource, null, week, "coordination");
        explainMonth(app, dataSource);
        return String.format(Locale.ROOT, "digest: group %.0f ms, coordination %.0f ms; dashboard %.0f ms (cold %.0f ms);"
                        + " month report %.0f ms, quarter %.0f ms (target < 500 ms)", groupMs, coordMs, dashboard[0],
                dashboard[1], reports[0], reports[1]);
    }

    /**
     * The console's dashboard for the district (the week just ended: rankings, trend of 12 weeks, heat map), warm (the
     * past weeks cached as the running console keeps them) and cold (a fresh service: every week counted); medians.
     */
    private static double[] dashboard(ConfigurableApplicationContext app) {
        ConsoleUser admin = new ConsoleUser("bench", ConsoleRole.ADMIN, null, null);
        Clock clock = Clock.fixed(NOW.toInstant(), ZONE);
        String week = DigestPeriod.lastWeek(NOW).isoWeek();
        Supplier<DashboardService> fresh = () -> new DashboardService(app.getBean(DigestBuilder.class),
                app.getBean(DigestQueries.class), app.getBean(Groups.class), clock);
        DashboardService kept = fresh.get();
        Dashboard d = kept.build(admin, week, null);
        for (int i = 0; i < WARM_UP; i++) {
            kept.build(admin, week, null);
        }
        double warm = median(() -> kept.build(admin, week, null));
        double cold = median(() -> fresh.get().build(admin, week, null));
        System.out.printf(Locale.ROOT, "dashboard %s: created %d, %d departments and %d townships ranked, heat map %d"
                        + " cells; warm median %.1f ms, cold (12 weeks counted) median %.1f ms%n", week,
                d.week().counts().created(), d.departments().size(), d.townships().size(), d.heatMap().cells().size(),
                warm, cold);
        return new double[]{warm, cold};
    }

    /** The month report (last complete month) and the quarter containing it, each through the real SQL; medians. */
    private static double[] reports(ConfigurableApplicationContext app) {
        PeriodReports reports = app.getBean(PeriodReports.class);
        ReportPeriod month = ReportPeriod.monthOf(NOW.toLocalDate().withDayOfMonth(1).minusDays(1));
        ReportPeriod quarter = ReportPeriod.quarterOf(month.first());
        PeriodReport r = reports.report(month, NOW);
        for (int i = 0; i < WARM_UP; i++) {
            reports.report(month, NOW);
        }
        double monthMs = median(() -> reports.report(month, NOW));
        double jsonMs = median(() -> PeriodReportView.of(reports.report(month, NOW)));
        double xlsxMs = median(() -> PeriodWorkbook.write(PeriodReportView.of(reports.report(month, NOW))));
        double quarterMs = median(() -> reports.report(quarter, NOW));
        System.out.printf(Locale.ROOT, "month report %s: created %d, %d departments, %d townships, %d categories;"
                        + " median %.1f ms (view %.1f ms, workbook %.1f ms); quarter %s median %.1f ms%n", month,
                r.ranked().total().created(), r.ranked().departments().size(), r.ranked().townships().size(),
                r.categories().size(), monthMs, jsonMs, xlsxMs, quarter, quarterMs);
        return new double[]{monthMs, quarterMs};
    }

    /** Times the digest warm; prints its numbers and the time of text and chart; returns the median in ms. */
    private static double report(String name, Supplier<WeeklyDigest> digest, DigestChart chart) throws Exception {
        WeeklyDigest d = null;
        for (int i = 0; i < WARM_UP; i++) {
            d = digest.get();
            chart.pngBase64(d);
        }
        double build = median(digest::get);
        WeeklyDigest built = d;
        double text = median(() -> DigestText.markdown(built));
        double png = median(() -> chart.pngBase64(built));
        System.out.printf(Locale.ROOT, "%s %s: created %d, accepted %d, resolved %d, open %d, overdue %d; "
                        + "rates %s; %d departments ranked, %d townships%n", name, d.isoWeek(), d.counts().created(),
                d.counts().accepted(), d.counts().resolved(), d.counts().open(), d.counts().overdue(), d.rates(),
                d.departments().size(), d.townships().size());
        System.out.printf(Locale.ROOT, "%s: digest (SQL + ranking) median %.1f ms of %d runs; text %.2f ms; "
                + "chart %.1f ms%n", name, build, RUNS, text, png);
        return build;
    }

    private static double median(Supplier<?> work) {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    /** EXPLAIN of every digest statement with the benchmark's parameters, and its own median time. */
    private static void explain(ConfigurableApplicationContext app, DataSource dataSource, String groupCode,
                                DigestPeriod week, String name) throws Exception {
        explainStatements(app, dataSource, query(app, groupCode, week), STATEMENTS, name);
    }

    private static void explainStatements(ConfigurableApplicationContext app, DataSource dataSource, DigestQuery q,
                                          String[] statements, String name) throws Exception {
        Configuration mybatis = app.getBean(SqlSessionFactory.class).getConfiguration();
        Map<String, Object> params = new HashMap<>();
        params.put("q", q);
        params.put("param1", q);
        try (Connection c = dataSource.getConnection()) {
            for (String statement : statements) {
                BoundSql sql = mybatis.getMappedStatement("cn.xuanhua.bot.admin.persistence.DigestMapper." + statement)
                        .getBoundSql(params);
                List<Object> values = values(mybatis, sql, params);
                double ms = median(() -> execute(c, sql.getSql(), values));
                System.out.printf(Locale.ROOT, "%n-- %s: %s, median %.1f ms%nEXPLAIN %s%n", name, statement, ms,
                        sql.getSql().replaceAll("\\s+", " "));
                printExplain(c, sql.getSql(), values);
            }
        }
    }

    /** EXPLAIN of the count statements over the last complete month, district-wide (the month report's). */
    private static void explainMonth(ConfigurableApplicationContext app, DataSource dataSource) throws Exception {
        ReportPeriod month = ReportPeriod.monthOf(NOW.toLocalDate().withDayOfMonth(1).minusDays(1));
        DigestWindow window = app.getBean(DigestBuilder.class).window(month, NOW);
        DigestQuery q = app.getBean(MybatisDigestQueries.class).query(DigestScope.everyGroup(), window, 1000);
        explainStatements(app, dataSource, q, new String[]{"created", "accepted", "resolved", "rated", "open",
                "topCategories", "categoriesByGroup"}, "month " + month);
    }

    private static DigestQuery query(ConfigurableApplicationContext app, String groupCode, DigestPeriod week) {
        // The parameters the adapter itself passes, on the calendar the builder uses.
        @SuppressWarnings("unchecked")
        Snapshot<WorkCalendar> calendar = (Snapshot<WorkCalendar>) app.getBeanProvider(
                ResolvableType.forClassWithGenerics(Snapshot.class, WorkCalendar.class)).getObject();
        DigestWindow window = DigestWindow.of(week, NOW, (day, n) -> calendar.get().plusWorkingDays(day, n), 1);
        DigestScope scope = groupCode == null ? DigestScope.everyGroup() : DigestScope.group(groupCode);
        return app.getBean(MybatisDigestQueries.class).query(scope, window, DigestBuilder.OVERDUE_LISTED);
    }

    private static List<Object> values(Configuration mybatis, BoundSql sql, Object params) {
        MetaObject meta = mybatis.newMetaObject(params);
        List<Object> values = new ArrayList<>();
        for (ParameterMapping p : sql.getParameterMappings()) {
            String property = p.getProperty();
            Object v = sql.hasAdditionalParameter(property) ? sql.getAdditionalParameter(property) : meta.getValue(property);
            values.add(v instanceof LocalDateTime t ? Timestamp.valueOf(t) : v);
        }
        return values;
    }

    private static Object execute(Connection c, String sql, List<Object> values) {
        try (PreparedStatement ps = prepare(c, sql, values); ResultSet rs = ps.executeQuery()) {
            int rows = 0;
            while (rs.next()) {
                rows++;
            }
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void printExplain(Connection c, String sql, List<Object> values) throws Exception {
        try (PreparedStatement ps = prepare(c, "EXPLAIN " + sql, values); ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            StringBuilder header = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                header.append(i > 1 ? " | " : "").append(md.getColumnLabel(i));
            }
            System.out.println(header);
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    line.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                System.out.println(line);
            }
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> values) throws Exception {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < values.size(); i++) {
            ps.setObject(i + 1, values.get(i));
        }
        return ps;
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(cn.xuanhua.bot.admin.BotAdminApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + TestServices.DB_USER,
                        "--spring.datasource.password=" + TestServices.DB_PASSWORD,
                        "--bot.admin.password=bench-digest-only", "--bot.digest.cron=-",
                        "--logging.level.root=WARN", "--logging.level.cn.xuanhua=WARN");
    }

    private static void drop(String database) {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:mysql://" + TestServices.DB_HOST + ":"
                + TestServices.DB_PORT + "/?useSSL=false&allowPublicKeyRetrieval=true", TestServices.DB_USER,
                TestServices.DB_PASSWORD); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            System.out.println("dropped " + database);
        } catch (Exception e) {
            System.err.println("could not drop " + database + ": " + e.getMessage());
        }
    }
}
