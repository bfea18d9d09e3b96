package cn.xuanhua.bot.admin.bench;

import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.TestServices;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * {@code scripts/bench-callback}: load on the AI-bot callback of the bot running on the prod profile (its jar, as a
 * separate process) against the real MariaDB and Redis, beside the URL check GET of the same server. Each POST is a
 * distinct, validly encrypted group message from a different business owner (as in a district's groups) that the bot
 * stores in the inbox before answering; the inbox workers process them meanwhile. Prints requests per second, p50/p99 latency and errors of both. Not a test.
 */
public final class CallbackLoadBenchmark {
    private static final String TOKEN = "benchToken123";
    private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private static final int CONCURRENCY = 8;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURE = Duration.ofSeconds(15);

    private CallbackLoadBenchmark() {
    }

    record Result(String name, long requests, long errors, double seconds, long p50Micros, long p99Micros) {
        double perSecond() {
            return requests / seconds;
        }

        String line() {
            return String.format(Locale.ROOT, "%s: %.0f req/s, p50 %.1f ms, p99 %.1f ms, errors %d of %d",
                    name, perSecond(), p50Micros / 1000.0, p99Micros / 1000.0, errors, requests);
        }
    }

    public static void main(String[] args) throws Exception {
        String jar = args.length > 0 ? args[0] : "bot-admin/target/bot-admin.jar";
        int port = freePort();
        String db = TestServices.freshMariaDbDatabase("bench");
        try (FakeWeComServer wecom = new FakeWeComServer()) {
            Process bot = start(jar, port, db, wecom.baseUrl());
            try {
                awaitHealth(port);
                String base = "http://127.0.0.1:" + port;
                bindGroup(base);
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                WxCryptUtil wecomSide = new WxCryptUtil(TOKEN, AES_KEY, "");
                WxCryptUtil.EncryptContext echo = wecomSide.encryptContext("echo-" + UUID.randomUUID());
                String getUrl = base + "/wecom/aibot/callback?" + query(echo) + "&echostr="
                        + URLEncoder.encode(echo.getEncrypt(), StandardCharsets.UTF_8);
                Supplier<HttpRequest> urlCheck = () -> HttpRequest.newBuilder(URI.create(getUrl)).GET().build();
                // Messages are encrypted before each phase, not during it: the client's own AES work on these two
                // shared cores would otherwise be charged to the intake side only (the URL check reuses one URL).
                Supplier<HttpRequest> intake = prepared(base, wecomSide, wecom.baseUrl(), 40_000);

                run("warm-up url check", http, urlCheck, WARM_UP);
                run("warm-up intake", http, prepared(base, wecomSide, wecom.baseUrl(), 10_000), WARM_UP);
                // Each phase starts with the workers idle: the backlog of the warm-up is processed first.
                awaitIdle(db);
                Result get = run("url check GET /wecom/aibot/callback", http, urlCheck, MEASURE);
                awaitIdle(db);
                Result post = run("intake POST /wecom/aibot/callback", http, intake, MEASURE);
                int processingSeconds = Integer.getInteger("bench.processingSeconds", 60);
                if (processingSeconds > 0) {
                    long handledBefore = handled(db);
                    long processing = System.nanoTime();
                    Thread.sleep(processingSeconds * 1000L);
                    double rate = (handled(db) - handledBefore) / ((System.nanoTime() - processing) / 1e9);
                    System.out.printf(Locale.ROOT, "processing behind the callback: %.1f messages/s (each read, made an appeal, "
                            + "answered; measured over %d s of the backlog)%n", rate, processingSeconds);
                }
                System.out.println(get.line());
                System.out.println(post.line());
                System.out.printf(Locale.ROOT, "callback: intake %.0f req/s, url check %.0f req/s, ratio %.2f (target >= 0.5); "
                                + "intake p99 %.1f ms (target < 50); errors %d%n",
                        post.perSecond(), get.perSecond(), post.perSecond() / get.perSecond(), post.p99Micros() / 1000.0,
                        get.errors() + post.errors());
            } finally {
                bot.destroy();
                bot.waitFor();
            }
        }
    }

    /** {@code count} distinct encrypted messages, handed out one by one (thread-safe). */
    private static Supplier<HttpRequest> prepared(String base, WxCryptUtil wecomSide, String wecomBase, int count) {
        List<HttpRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(message(base, wecomSide, wecomBase));
        }
        AtomicInteger next = new AtomicInteger();
        return () -> {
            int i = next.getAndIncrement();
            return i < count ? requests.get(i) : message(base, wecomSide, wecomBase);
        };
    }

    private static HttpRequest message(String base, WxCryptUtil wecomSide, String wecomBase) {
        String msgId = UUID.randomUUID().toString().replace("-", "");
        String json = "{\"msgid\":\"" + msgId + "\",\"aibotid\":\"bench\",\"chatid\":\"wrBenchGroup\",\"chattype\":\"group\","
                + "\"from\":{\"userid\":\"owner-" + msgId.substring(0, 8) + "\"},\"response_url\":\"" + wecomBase + "/aibot/response/" + msgId + "\","
                + "\"msgtype\":\"text\",\"text\":{\"content\":\"@诉求助手 厂区门口的路灯坏了三天了,麻烦尽快修一下\"}}";
        WxCryptUtil.EncryptContext c = wecomSide.encryptContext(json);
        return HttpRequest.newBuilder(URI.create(base + "/wecom/aibot/callback?" + query(c)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"encrypt\":\"" + c.getEncrypt() + "\"}")).build();
    }

    private static String query(WxCryptUtil.EncryptContext c) {
        return "msg_signature=" + c.getSignature() + "&timestamp=" + c.getTimeStamp() + "&nonce="
                + URLEncoder.encode(c.getNonce(), StandardCharsets.UTF_8);
    }

    private static Result run(String name, HttpClient http, Supplier<HttpRequest> requests, Duration length)
            throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicInteger count = new AtomicInteger();
        long end = System.nanoTime() + length.toNanos();
        CountDownLatch done = new CountDownLatch(CONCURRENCY);
        long start = System.nanoTime();
        for (int t = 0; t < CONCURRENCY; t++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest request = requests.get();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    latencies.add((System.nanoTime() - t0) / 1000);
                    count.incrementAndGet();
                }
                done.countDown();
            });
            worker.start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(name, count.get(), errors.get(), seconds, percentile(sorted, 50), percentile(sorted, 99));
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static Process start(String jar, int port, String db, String wecomBase) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx1g"));
        // -Dbench.serverJavaOpts="..." adds JVM options to the server, e.g. a flight recording.
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
        env.put("BOT_SHARED_STATE_NAMESPACE", TestServices.freshRedisNamespace());
        env.put("BOT_ADMIN_PASSWORD", "bench-admin-1");
        env.put("BOT_WECOM_API_BASE_URL", wecomBase);
        env.put("BOT_WECOM_CORP_ID", "wwbench");
        env.put("BOT_WECOM_APP_AGENT_ID", "1000002");
        env.put("BOT_WECOM_APP_SECRET", "bench-secret");
        env.put("BOT_WECOM_AIBOT_TOKEN", TOKEN);
        env.put("BOT_WECOM_AIBOT_AES_KEY", AES_KEY);
        env.put("LOGGING_LEVEL_ROOT", "WARN");
        // -Dbench.inboxThreads=0 measures the callback path alone, with nothing processed meanwhile.
        env.put("BOT_WORKERS_INBOX_THREADS", System.getProperty("bench.inboxThreads", "2"));
        if (System.getProperty("bench.outboxThreads") != null) {
            env.put("BOT_WORKERS_OUTBOX_THREADS", System.getProperty("bench.outboxThreads"));
        }
        pb.redirectOutput(new File("bot-admin/target/bench-callback-server.log"));
        pb.redirectErrorStream(true);
        return pb.start();
    }

    private static void awaitHealth(int port) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 120; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the bot did not start; see bot-admin/target/bench-callback-server.log");
    }

    private static void bindGroup(String base) throws IOException, InterruptedException {
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:bench-admin-1".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/groups/tw-nanguan"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"chatId\":\"wrBenchGroup\",\"webhookKey\":\"bench-key-nanguan\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("could not bind the group: " + r.statusCode() + " " + r.body());
        }
    }

    /** Inbound messages handled so far. */
    private static long handled(String db) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(db, TestServices.DB_USER, TestServices.DB_PASSWORD);
             var s = c.createStatement();
             var r = s.executeQuery("SELECT COUNT(*) FROM inbox_message WHERE status = 'DONE'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Waits until nothing is waiting in the inbox or the outbox of the benchmark's database. */
    private static void awaitIdle(String db) throws Exception {
        if ("0".equals(System.getProperty("bench.inboxThreads"))) {
            return;
        }
        try (var c = java.sql.DriverManager.getConnection(db, TestServices.DB_USER, TestServices.DB_PASSWORD);
             var s = c.createStatement()) {
            for (int i = 0; i < 600; i++) {
                try (var r = s.executeQuery("SELECT (SELECT COUNT(*) FROM inbox_message WHERE status IN ('PENDING','PROCESSING'))"
                        + " + (SELECT COUNT(*) FROM outbox_message WHERE status IN ('PENDING','SENDING'))")) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(500);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

}
