package cn.xuanhua.bot.admin.support;

import cn.xuanhua.bot.wecom.fake.Delivery;
import cn.xuanhua.bot.wecom.fake.FakeWeComApi;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * A fake WeCom server on 127.0.0.1 for integration tests: the {@link FakeWeComApi} behind a real HTTP server,
 * so WxJava talks HTTP to it exactly as to WeCom. Faults can be planned per API path: error codes, HTTP 5xx,
 * or the whole server "down" (every call answered 503).
 */
public final class FakeWeComServer implements AutoCloseable {
    private static final String AUTHORIZE = "/connect/oauth2/authorize";

    static {
        // The JDK's server writes a response's headers and body apart; with Nagle's algorithm on, the body waits for
        // the client's delayed ACK, and every call to the fake took 40 ms, a stall of localhost that no WeCom adds.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** It knows the CorpID and secret every test instance runs with ({@link WeComDriver}). */
    private final FakeWeComApi api = new FakeWeComApi(WeComDriver.CORP_ID,
            cn.xuanhua.bot.core.Secret.of(WeComDriver.APP_SECRET));
    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor;
    private final Map<String, Queue<PlannedError>> plannedErrors = new ConcurrentHashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> calls = new ConcurrentHashMap<>();
    private volatile String signedInMember;

    public FakeWeComServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::serve);
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-wecom");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeWeComApi api() {
        return api;
    }

    /** The next {@code times} calls of {@code path} answer with WeCom error {@code errcode} (or HTTP 5xx if >= 500 and < 600). */
    public void failNext(String path, int times, int errcode) {
        for (int i = 0; i < times; i++) {
            failNextWhere(path, null, errcode);
        }
    }

    /**
     * The next call of {@code path} whose body contains {@code bodyContains} (null: any call) answers with WeCom error
     * {@code errcode};
     * other calls of the path pass. For a test that means one kind of message (a card: {@code "template_card"}) while
     * an earlier test's answer may still be on its way through the same path.
     */
    public void failNextWhere(String path, String bodyContains, int errcode) {
        plannedErrors.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>())
                .add(new PlannedError(bodyContains, errcode));
    }

    /** An error planned for a path, for any call ({@code bodyContains} null) or for a call whose body holds it. */
    private record PlannedError(String bodyContains, int errcode) {
        boolean meets(String body) {
            return bodyContains == null || body.contains(bodyContains);
        }
    }

    /** Takes the first error planned for {@code path} that this call meets; null when none. */
    private Integer plannedErrorFor(String path, String body) {
        Queue<PlannedError> q = plannedErrors.get(path);
        if (q == null) {
            return null;
        }
        for (PlannedError e : q) {
            // remove() decides between two calls racing for the same planned error: only one of them gets it.
            if (e.meets(body) && q.remove(e)) {
                return e.errcode();
            }
        }
        return null;
    }

    /** WeCom's authorize page (at {@link #authorizeUrl()}) recognises this member from now on, as the phone would. */
    public void signInAs(String userId) {
        signedInMember = userId;
    }

    /** The stand-in for {@code https://open.weixin.qq.com/connect/oauth2/authorize}. */
    public String authorizeUrl() {
        return baseUrl() + AUTHORIZE;
    }

    public void setDown(boolean isDown) {
        down.set(isDown);
    }

    public int calls(String path) {
        return calls.getOrDefault(path, new java.util.concurrent.atomic.AtomicInteger()).get();
    }

    public List<Delivery> deliveries() {
        return api.deliveries();
    }

    /** Waits until a delivery matching {@code condition} arrives; fails the test after {@code timeout}. */
    public Delivery awaitDelivery(Predicate<Delivery> condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (Delivery d : api.deliveries()) {
                if (condition.test(d)) {
                    return d;
                }
            }
            sleep();
        }
        throw new AssertionError("no matching delivery within " + timeout + "; got " + api.deliveries());
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        calls.computeIfAbsent(path, p -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (down.get()) {
            respond(exchange, 503, "{\"errcode\":-1,\"errmsg\":\"service unavailable\"}");
            return;
        }
        Integer planned = plannedErrorFor(path, body);
        if (planned != null) {
            respond(exchange, planned >= 500 && planned < 600 ? planned : 200,
                    "{\"errcode\":" + planned + ",\"errmsg\":\"planned failure\"}");
            return;
        }
        if (path.equals(AUTHORIZE)) {
            authorize(exchange);
            return;
        }
        FakeWeComApi.Answer answer = api.handle(exchange.getRequestMethod(), path, query(exchange), body);
        respond(exchange, answer.status(), answer.body());
    }

    /**
     * WeCom's authorize page: it knows who opened the page ({@link #signInAs}) and sends the browser back to
     * {@code redirect_uri} with a one-use code and the state it was given.
     */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> q = query(exchange);
        String member = signedInMember;
        if (member == null || q.get("redirect_uri") == null) {
            respond(exchange, 400, "{\"errcode\":40029,\"errmsg\":\"nobody signed in to WeCom\"}");
            return;
        }
        String back = q.get("redirect_uri") + "?code=" + URLEncoder.encode(api.issueOAuthCode(member), StandardCharsets.UTF_8)
                + "&state=" + URLEncoder.encode(q.getOrDefault("state", ""), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
