package cn.xuanhua.bot.admin.bench;

import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.appeal.MergeCandidate;
import cn.xuanhua.bot.core.appeal.ProblemSignature;
import cn.xuanhua.bot.core.appeal.SameProblem;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Groups;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * {@code scripts/bench-merge}: 100,000 open appeals (written over the last 30 days across every seeded group and ten
 * categories, each with its stored 并单 signature) in a fresh MariaDB database, then the look-up 并单 makes for
 * every new appeal: {@link Appeals#mergeCandidates} (index {@code ix_appeal_merge}) and {@link SameProblem#find}
 * over what it returns, warm, for random groups and categories. Prints the median and p99 and the EXPLAIN, ending
 * with {@code merge lookup: median M ms, p99 P ms over N open appeals (target < 5 ms)}. Drops the database. Not a
 * test: no timing is asserted.
 */
public final class MergeLookupBenchmark {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZONE);
    private static final int OPEN = Integer.getInteger("bench.appeals", 100_000);
    private static final int LOOKUPS = 2_000;
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    /** Category, matter and a complaint with a place slot, as owners write them. */
    private static final String[][] PROBLEMS = {
            {"utilities", "power-outage", "%s停电了, 店里冰柜全停了, 什么时候来电"},
            {"water-supply", "water-outage", "%s停水了, 饭店没法做饭"},
            {"municipal", "street-lights", "%s的路灯坏了好几天了, 晚上很黑"},
            {"municipal", "drains-manholes", "%s的井盖丢了, 太危险了"},
            {"heating", "radiators-cold", "%s暖气一直不热, 店里才十度"},
            {"traffic", "parking", "%s乱停车, 货车进不来"},
            {"license", "business-license-change", "%s我们店营业执照变更提交三天了还没审核"},
            {"tax", "invoice", "%s发票开不出来, 电子税务局提示异常"},
            {"policy", "tech-renovation", "%s我们厂的技改补贴什么时候发"},
            {"telecom", "unicom-broadband", "%s联通宽带断了, 收银系统用不了"}};
    private static final String[] PLACES = {"南关街", "建国街", "长青路", "工业街东段", "大北街", "皇城桥", "东升路",
            "南大街", "钟楼", "天泰寺街", "宣府大街", "菜市场", "", ""};

    private MergeLookupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = TestServices.freshMariaDbDatabase("bench_merge");
        String path = url.substring(0, url.indexOf('?'));
        String database = path.substring(path.lastIndexOf('/') + 1);
        String result;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(
                cn.xuanhua.bot.admin.BotAdminApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + TestServices.DB_USER,
                        "--spring.datasource.password=" + TestServices.DB_PASSWORD,
                        "--bot.admin.password=bench-merge-only", "--bot.digest.cron=-",
                        "--logging.level.root=WARN", "--logging.level.cn.xuanhua=WARN")) {
            result = run(app);
        } finally {
            drop(database);
        }
        System.out.println(result);
    }

    private static String run(ConfigurableApplicationContext app) throws Exception {
        List<ChatGroup> groups = app.getBean(Groups.class).all();
        DataSource dataSource = app.getBean(DataSource.class);
        JdbcTemplate db = new JdbcTemplate(dataSource);
        long t = System.nanoTime();
        load(db, groups);
        db.execute("ANALYZE TABLE appeal");
        System.out.printf(Locale.ROOT, "loaded %,d open appeals across %d groups and %d categories in %.0f s%n",
                db.queryForObject("SELECT COUNT(*) FROM appeal WHERE status IN ('PENDING', 'ACCEPTED')", Long.class),
                groups.size(), PROBLEMS.length, (System.nanoTime() - t) / 1e9);

        Appeals appeals = app.getBean(Appeals.class);
        SameProblem rule = new SameProblem();
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            lookUp(appeals, rule, groups, random);
        }
        double[] ms = new double[LOOKUPS];
        long candidates = 0;
        int merged = 0;
        for (int i = 0; i < LOOKUPS; i++) {
            long start = System.nanoTime();
            Lookup l = lookUp(appeals, rule, groups, random);
            ms[i] = (System.nanoTime() - start) / 1e6;
            candidates += l.candidates();
            merged += l.found() ? 1 : 0;
        }
        Arrays.sort(ms);
        double median = ms[LOOKUPS / 2];
        double p99 = ms[(int) (LOOKUPS * 0.99)];
        System.out.printf(Locale.ROOT, "%d look-ups: %.1f open appeals of the group and category in the window on "
                + "average, %d found the same problem%n", LOOKUPS, (double) candidates / LOOKUPS, merged);
        try (Connection c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("EXPLAIN SELECT id, number, status, group_code, category_code, requester_user_id,"
                     + " created_at, matter_code, merge_places, merge_shingles FROM appeal WHERE group_code = "
                     + "'tw-nanguan' AND category_code = 'utilities' AND status IN ('PENDING', 'ACCEPTED') AND "
                     + "created_at >= '" + NOW.minusHours(72).toLocalDateTime().format(SQL_TIME) + "' AND "
                     + "merge_shingles IS NOT NULL")) {
            while (rs.next()) {
                System.out.printf("EXPLAIN: table %s, type %s, key %s, rows %s, extra %s%n", rs.getString("table"),
                        rs.getString("type"), rs.getString("key"), rs.getString("rows"), rs.getString("Extra"));
            }
        }
        return String.format(Locale.ROOT, "merge lookup: median %.2f ms, p99 %.2f ms over %,d open appeals "
                + "(target < 5 ms)", median, p99, OPEN);
    }

    private record Lookup(int candidates, boolean found) {
    }

    /** What intake does for one new appeal: the look-up by group and category, then the rule over the rows. */
    private static Lookup lookUp(Appeals appeals, SameProblem rule, List<ChatGroup> groups, Random random) {
        ChatGroup group = groups.get(random.nextInt(groups.size()));
        String[] problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
        String text = problem[2].formatted(PLACES[random.nextInt(PLACES.length)]);
        ProblemSignature message = ProblemSignature.of(group, problem[0], problem[1], text);
        List<MergeCandidate> open = appeals.mergeCandidates(group.code(), problem[0], NOW.minus(SameProblem.WINDOW));
        Optional<MergeCandidate> same = rule.find(message, "bench.writer", NOW, open);
        return new Lookup(open.size(), same.isPresent());
    }

    /** 100,000 open appeals over the last 30 days, in multi-row INSERTs, each with its signature. */
    private static void load(JdbcTemplate db, List<ChatGroup> groups) {
        Random random = new Random(42);
        LocalDateTime start = NOW.toLocalDateTime().minusDays(30);
        long spanSeconds = 30L * 24 * 3600;
        int batch = 1000;
        for (int from = 0; from < OPEN; from += batch) {
            StringBuilder sql = new StringBuilder("INSERT INTO appeal (number, status, group_code, requester_user_id,"
                    + " original_text, masked_text, category_code, department_code, created_at, due_at, version,"
                    + " updated_at, matter_code, merge_places, merge_shingles) VALUES ");
            List<Object> values = new ArrayList<>();
            for (int i = from; i < Math.min(OPEN, from + batch); i++) {
                ChatGroup group = groups.get(random.nextInt(groups.size()));
                String[] problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
                String text = problem[2].formatted(PLACES[random.nextInt(PLACES.length)]);
                ProblemSignature s = ProblemSignature.of(group, problem[0], problem[1], text);
                LocalDateTime created = start.plusSeconds((long) (random.nextDouble() * spanSeconds));
                sql.append(i == from ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,0,?,?,?,?)");
                values.addAll(List.of(String.format(Locale.ROOT, "XH%s-%d", created.toLocalDate().toString()
                                .replace("-", ""), 100_000 + i), random.nextBoolean() ? "PENDING" : "ACCEPTED",
                        group.code(), "owner" + random.nextInt(40_000), text, text, problem[0],
                        group.leadDepartmentCode() == null ? "approval" : group.leadDepartmentCode(),
                        created.format(SQL_TIME), created.plusDays(5).format(SQL_TIME), created.format(SQL_TIME),
                        problem[1], s.encodedPlaces(), s.shingles().encode()));
            }
            db.update(sql.toString(), values.toArray());
        }
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
