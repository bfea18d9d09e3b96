package cn.xuanhua.bot.admin.bench;

import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.admin.support.WeComDriver;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code scripts/bench-callback}: the AI-bot callback of the bot's jar on the prod profile, against the real MariaDB
 * and Redis, with one instance and then two on one database and one Redis (the client sends to them in turn, as a
 * load balancer would). For each instance count and each profile it measures, in order:
 * <ol>
 *   <li>the URL check (GET) alone, the yardstick of what the server answers when it does nothing, once the cores
 *       are quiet ({@link QuietCores}: the database may still be purging the backlog set aside before);</li>
 *   <li>the callback (POST) while the inbox workers turn what it stores into appeals meanwhile: req/s, p50/p99,
 *       errors, and the appeals made per second in that time;</li>
 *   <li>the backlog the callback left, worked off with no callback load: appeals made per second behind it.</li>
 * </ol>
 * Profiles: {@code standard} (8 connections, every message an appeal) and {@code heavy} (16 connections, half
 * appeals, half chatter). Every message is a distinct owner's (see {@link BenchTraffic}). After each of the first two
 * phases it prints what a request cost the server, the load generator and the database in CPU and context switches
 * ({@link ProcessCosts}): in the second, the processing's share is in it too. Not a test.
 */
public final class CallbackLoadBenchmark {
    /**
     * Each warm-up phase's length per instance ({@code -Dbench.warmUpLoadSeconds}, 15 by default). With two
     * instances on two cores both JVMs compile at once: a flight recording of a 15 s warm-up showed the JIT's compiler
     * threads still taking more CPU than the requests during the two-instance measurement.
     */
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmUpLoadSeconds", 15));
    private static final Duration MEASURE = Duration.ofSeconds(15);

    /** A load profile: how many clients, and which share of their messages are appeals. */
    record Profile(String name, int connections, double appealShare) {
        static Profile named(String name) {
            return switch (name) {
                case "standard" -> new Profile("standard", 8, 1.0);
                case "heavy" -> new Profile("heavy", 16, 0.5);
                default -> throw new IllegalArgumentException("no profile " + name + " (standard, heavy)");
            };
        }

        String describe() {
            return name + " (" + connections + " connections, " + Math.round(appealShare * 100) + "% appeals)";
        }
    }

    /**
     * What the database holds at one moment, and how many statements and commits it had run by then (the server's
     * {@code Questions} and {@code Com_commit}: every client's, the benchmark's own once-a-second count included),
     * and how many rows its storage engine had handed over ({@code Handler_read_*}) less those of the benchmark's
     * own counts, which read every row of the inbox and of {@code appeal}.
     */
    record Counts(long appeals, long handled, long waiting, long statements, long commits, long rowsRead, long nanos) {
    }

    /** The rows the benchmark's own counts made the database read so far (their connections' session counters). */
    private static long ownRowsRead;

    /** The status variables of every way the storage engine hands a row to the server, as an SQL list. */
    private static final String ROWS_READ = "'Handler_read_first', 'Handler_read_key', 'Handler_read_last',"
            + " 'Handler_read_next', 'Handler_read_prev', 'Handler_read_rnd', 'Handler_read_rnd_next'";

    private CallbackLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String jar = args.length > 0 ? args[0] : "bot-admin/target/bot-admin.jar";
        List<Integer> instanceCounts = Arrays.stream(System.getProperty("bench.instances", "1,2").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        List<Profile> profiles = Arrays.stream(System.getProperty("bench.profiles", "standard,heavy").split(","))
                .map(String::strip).map(Profile::named).toList();
        List<String> summary = new ArrayList<>();
        for (int instances : instanceCounts) {
            summary.addAll(runWith(jar, instances, profiles));
        }
        System.out.println();
        summary.forEach(System.out::println);
    }

    private static List<String> runWith(String jar, int instances, List<Profile> profiles) throws Exception {
        String db = TestServices.freshMariaDbDatabase("bench");
        String redis = TestServices.freshRedisNamespace();
        List<String> summary = new ArrayList<>();
        try (FakeWeComServer wecom = new FakeWeComServer()) {
            List<Process> bots = new ArrayList<>();
            List<String> bases = new ArrayList<>();
            try {
                // One after the other, as an administrator rolls instances out: two training their models at once
                // on two cores start slowly, and the one started second finds the schema and the accounts made.
                for (int i = 0; i < instances; i++) {
                    int port = freePort();
                    bots.add(start(jar, port, db, redis, wecom.baseUrl(), i));
                    bases.add("http://127.0.0.1:" + port);
                    awaitHealth(bases.get(i));
                }
                List<String> groups = businessGroups(db);
                for (String group : groups) {
                    bindGroup(bases.get(0), group);
                }
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                BenchTraffic traffic = new BenchTraffic(bases, groups, wecom.baseUrl());
                System.out.printf("== %d instance(s) on one database, %s%n", instances, db.replaceAll("\\?.*", ""));
                // Warmed as a running bot is: both paths and the processing behind them run long enough for the
                // JIT to finish its work (on two cores its compiler otherwise takes most of a core for minutes).
                Duration warmUp = WARM_UP.multipliedBy(instances);
                LoadPhase.run("warm-up url check", http, traffic.urlCheck(), 8, warmUp);
                LoadPhase.run("warm-up intake", http, traffic.prepared(30_000, 0.5), 8, warmUp);
                drain(db, Duration.ofSeconds(Integer.getInteger("bench.warmUpSeconds", 90)));
                setAsideBacklog(db);
                awaitIdle(db, Duration.ofMinutes(5));
                List<ProcessCosts.Watched> processes = ProcessCosts.watched(bots);
                for (Profile profile : profiles) {
                    summary.add(measure(instances, profile, http, traffic, db, processes));
                }
            } finally {
                for (Process bot : bots) {
                    bot.destroy();
                }
                for (Process bot : bots) {
                    bot.waitFor();
                }
            }
        }
        return summary;
    }

    private static String measure(int instances, Profile profile, HttpClient http, BenchTraffic traffic, String db,
                                  List<ProcessCosts.Watched> processes) throws Exception {
        System.out.println("-- " + profile.describe());
        var requests = traffic.prepared(60_000, profile.appealShare());
        QuietCores.await(Duration.ofSeconds(120));
        var costsBefore = ProcessCosts.sample(processes);
        LoadPhase.Result get = LoadPhase.run("url check GET", http, traffic.urlCheck(), profile.connections(), MEASURE);
        System.out.println(get.line());
        System.out.println("  " + ProcessCosts.perRequest(costsBefore, ProcessCosts.sample(processes), get.requests()));
        Counts before = counts(db);
        costsBefore = ProcessCosts.sample(processes);
        LoadPhase.Result post = LoadPhase.run("callback POST, processing meanwhile", http, requests,
                profile.connections(), MEASURE);
        var costsAfter = ProcessCosts.sample(processes);
        Counts during = counts(db);
        System.out.println(post.line());
        System.out.println("  " + ProcessCosts.perRequest(costsBefore, costsAfter, post.requests()));
        double madeWhileLoaded = (during.appeals() - before.appeals()) / post.seconds();
        System.out.printf(Locale.ROOT, "appeals made while the callback was loaded: %.0f/s (%d messages waiting at its end)%n",
                madeWhileLoaded, during.waiting());
        Counts drained = drain(db, Duration.ofSeconds(Integer.getInteger("bench.processingSeconds", 40)));
        double seconds = (drained.nanos() - during.nanos()) / 1e9;
        double appealsBehind = (drained.appeals() - during.appeals()) / seconds;
        long handledBehind = drained.handled() - during.handled();
        double messagesBehind = handledBehind / seconds;
        System.out.printf(Locale.ROOT, "behind the callback: %.0f appeals/s, %.0f messages/s (the backlog worked off for "
                        + "%.0f s%s)%s%n", appealsBehind, messagesBehind, seconds,
                drained.waiting() == 0 ? ", all of it: the rate is a lower bound" : "", handledBehind <= 0 ? ""
                        : String.format(Locale.ROOT, "; per message handled %.1f statements, %.2f commits, %.0f rows read",
                        (drained.statements() - during.statements()) / (double) handledBehind,
                        (drained.commits() - during.commits()) / (double) handledBehind,
                        (drained.rowsRead() - during.rowsRead()) / (double) handledBehind));
        setAsideBacklog(db);
        awaitIdle(db, Duration.ofMinutes(5));
        return String.format(Locale.ROOT, "%d instance(s), %s: callback %.0f req/s vs url check %.0f (ratio %.2f, target "
                        + ">= 0.5), p99 %.1f ms (target <= 50), errors %d; appeals %.0f/s while loaded, %.0f/s behind "
                        + "the callback", instances, profile.describe(), post.perSecond(), get.perSecond(),
                post.perSecond() / get.perSecond(), post.p99Micros() / 1000.0, get.errors() + post.errors(),
                madeWhileLoaded, appealsBehind);
    }

    /**
     * Lets the backlog be worked off until it is gone or {@code longest} has passed, and counts what was done then.
     * Each second only asks whether anything still waits (one index probe): counting every row of the inbox and of
     * {@code appeal} each second, as this did before, read a hundred thousand rows a second by the end of a run on
     * the database the workers use, a load of the benchmark's own that grew with the tables.
     */
    private static Counts drain(String db, Duration longest) throws Exception {
        long end = System.nanoTime() + longest.toNanos();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            while (anyWaiting(s) && System.nanoTime() < end) {
                Thread.sleep(1000);
            }
        }
        return counts(db);
    }

    private static boolean anyWaiting(Statement s) throws Exception {
        try (ResultSet r = s.executeQuery("SELECT EXISTS (SELECT 1 FROM inbox_message"
                + " WHERE status IN ('PENDING','PROCESSING'))")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    /**
     * Marks what the inbox still holds as handled without handling it, so that the next profile starts with idle
     * workers rather than behind an old backlog. Only waiting rows: what a worker holds finishes normally.
     */
    private static void setAsideBacklog(String db) throws Exception {
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            int n = s.executeUpdate("UPDATE inbox_message SET status = 'DONE', outcome = 'bench: set aside'"
                    + " WHERE status = 'PENDING'");
            if (n > 0) {
                System.out.printf("(%d messages of the backlog set aside unhandled before the next phase)%n", n);
            }
        }
    }

    private static Counts counts(String db) throws Exception {
        try (Connection c = connect(db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM appeal),"
                     + " (SELECT COUNT(*) FROM inbox_message WHERE status = 'DONE'),"
                     + " (SELECT COUNT(*) FROM inbox_message WHERE status IN ('PENDING','PROCESSING'))")) {
            r.next();
            long appeals = r.getLong(1);
            long handled = r.getLong(2);
            long waiting = r.getLong(3);
            long statements = 0;
            long commits = 0;
            long rowsRead = 0;
            try (ResultSet status = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions',"
                    + " 'Com_commit', " + ROWS_READ + ")")) {
                while (status.next()) {
                    String name = status.getString(1);
                    if ("Questions".equalsIgnoreCase(name)) {
                        statements = status.getLong(2);
                    } else if ("Com_commit".equalsIgnoreCase(name)) {
                        commits = status.getLong(2);
                    } else {
                        rowsRead += status.getLong(2);
                    }
                }
            }
            // Read last: this connection's own counts (and the global read above) are in its session counters.
            ownRowsRead += sum(s, "SHOW SESSION STATUS WHERE Variable_name IN (" + ROWS_READ + ")");
            return new Counts(appeals, handled, waiting, statements, commits, rowsRead - ownRowsRead, System.nanoTime());
        }
    }

    private static long sum(Statement s, String statusQuery) throws Exception {
        long sum = 0;
        try (ResultSet status = s.executeQuery(statusQuery)) {
            while (status.next()) {
                sum += status.getLong(2);
            }
        }
        return sum;
    }

    /**
     * Waits until nothing is waiting in the inbox. The outbox is not waited for: posts into one group are paced to
     * WeCom's limit of 20 a minute per group, so the benchmark's replies go out long after it ends.
     */
    private static void awaitIdle(String db, Duration longest) throws Exception {
        if ("0".equals(System.getProperty("bench.inboxThreads"))) {
            return;
        }
        long end = System.nanoTime() + longest.toNanos();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            while (System.nanoTime() < end) {
                if (!anyWaiting(s)) {
                    return;
                }
                Thread.sleep(500);
            }
        }
        System.out.println("(still busy after " + longest.toSeconds() + " s; measuring anyway)");
    }

    private static Connection connect(String db) throws Exception {
        return DriverManager.getConnection(db, TestServices.DB_USER, TestServices.DB_PASSWORD);
    }

    private static Process start(String jar, int port, String db, String redis, String wecomBase, int index)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx1g"));
        // -Dbench.serverJavaOpts="..." adds JVM options to the servers, e.g. a flight recording.
        String serverOpts = System.getProperty("bench.serverJavaOpts", "").strip();
        if (!serverOpts.isEmpty()) {
            command.addAll(List.of(serverOpts.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("SPRING_DATASOURCE_URL", db);
        env.put("SPRING_DATASOURCE_USERNAME", TestServices.DB_USER);
        env.put("SPRING_DATASOURCE_PASSWORD", TestServices.DB_PASSWORD);
        env.put("SPRING_DATA_REDIS_HOST", TestServices.REDIS_HOST);
        env.put("SPRING_DATA_REDIS_PORT", Integer.toString(TestServices.REDIS_PORT));
        env.put("BOT_SHARED_STATE_NAMESPACE", redis);
        env.put("BOT_ADMIN_PASSWORD", "bench-admin-1");
        env.put("BOT_WECOM_API_BASE_URL", wecomBase);
        // The fake WeCom's own corp id and secret: with others every call would fail to get a token.
        env.put("BOT_WECOM_CORP_ID", WeComDriver.CORP_ID);
        env.put("BOT_WECOM_APP_AGENT_ID", "1000002");
        env.put("BOT_WECOM_APP_SECRET", WeComDriver.APP_SECRET);
        env.put("BOT_WECOM_AIBOT_TOKEN", BenchTraffic.TOKEN);
        env.put("BOT_WECOM_AIBOT_AES_KEY", BenchTraffic.AES_KEY);
        env.put("LOGGING_LEVEL_ROOT", "WARN");
        // -Dbench.inboxThreads=0 measures the callback path alone, with nothing processed meanwhile.
        env.put("BOT_WORKERS_INBOX_THREADS", System.getProperty("bench.inboxThreads", "2"));
        if (System.getProperty("bench.outboxThreads") != null) {
            env.put("BOT_WORKERS_OUTBOX_THREADS", System.getProperty("bench.outboxThreads"));
        }
        pb.redirectOutput(new File("bot-admin/target/bench-callback-server-" + index + ".log"));
        pb.redirectErrorStream(true);
        return pb.start();
    }

    private static void awaitHealth(String base) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        // Up to five minutes: two instances training their models at once on two cores start slowly.
        for (int i = 0; i < 600; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the bot at " + base + " did not start; see bot-admin/target/bench-callback-server-*.log");
    }

    /** The industry and township groups (29 in the seed), whose free text is read for appeals. */
    private static List<String> businessGroups(String db) throws Exception {
        List<String> codes = new ArrayList<>();
        try (Connection c = connect(db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT code FROM bot_group WHERE kind IN ('INDUSTRY', 'TOWNSHIP') ORDER BY code")) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        return codes;
    }

    private static void bindGroup(String base, String group) throws IOException, InterruptedException {
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:bench-admin-1".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/groups/" + group))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"chatId\":\"" + BenchTraffic.chatIdOf(group)
                        + "\",\"webhookKey\":\"bench-key-" + group + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("could not bind the group: " + r.statusCode() + " " + r.body());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
