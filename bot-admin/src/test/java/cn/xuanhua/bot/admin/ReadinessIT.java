package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.CuttableProxy;
import cn.xuanhua.bot.admin.support.Http;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.admin.support.WeComDriver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the load balancer asks, on the prod profile: {@code /actuator/health/readiness} reflects what callbacks need,
 * the database, and answers within a second either way. Redis being unreachable leaves the instance ready (callbacks
 * still store; {@code /actuator/health/redis} and the full {@code /actuator/health} say DOWN); the database being
 * unreachable makes it not ready within 2 s, and a callback then fails fast with 503 for WeCom to retry.
 */
class ReadinessIT {
    private static final Duration FAST = Duration.ofSeconds(2);

    private record Timed(HttpResponse<String> response, Duration took) {
    }

    private static Timed timed(Supplier<HttpResponse<String>> call) {
        long start = System.nanoTime();
        HttpResponse<String> response = call.get();
        return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
    }

    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int stored(BotInstance bot, String msgId) {
        return bot.db().queryForObject("SELECT COUNT(*) FROM inbox_message WHERE message_id = ?", Integer.class,
                "aibot:" + msgId);
    }

    @Test
    void withRedisUnreachableTheInstanceStaysReadyAndCallbacksStillStore() {
        try (BotInstance bot = BotInstance.start(TestServices.freshMariaDbDatabase("noredis"),
                TestServices.freshRedisNamespace(), "http://127.0.0.1:9", "--spring.data.redis.port=" + closedPort(),
                "--bot.workers.inbox-threads=0")) {
            Http http = Http.at(bot.port());
            Timed ready = timed(() -> http.get("/actuator/health/readiness"));
            assertThat(ready.response().statusCode()).isEqualTo(200);
            assertThat(ready.response().body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(ready.took()).isLessThan(FAST);

            WeComDriver.Sent sent = new WeComDriver(bot.port(), "http://127.0.0.1:9")
                    .groupMessage("wrNoRedis", "zhang.boss", "路灯坏了三天了,麻烦修一下");
            assertThat(sent.response().statusCode()).isEqualTo(200);
            assertThat(stored(bot, sent.msgId())).isEqualTo(1);

            assertThat(http.get("/actuator/health/redis").statusCode()).as("Redis's own check").isEqualTo(503);
            assertThat(http.get("/actuator/health").statusCode()).as("the full check counts Redis").isEqualTo(503);
            assertThat(bot.admin().get("/api/groups").statusCode())
                    .as("no log-in while the lockout state cannot be read").isEqualTo(401);
        }
    }

    @Test
    void withTheDatabaseUnreachableReadinessSays503WithinTwoSecondsAndCallbacksFailFast() {
        String directUrl = TestServices.freshMariaDbDatabase("nodb");
        try (CuttableProxy proxy = new CuttableProxy(TestServices.DB_HOST, Integer.parseInt(TestServices.DB_PORT));
             BotInstance bot = BotInstance.start(throughProxy(directUrl, proxy), TestServices.freshRedisNamespace(),
                     "http://127.0.0.1:9", "--bot.workers.inbox-threads=0", "--bot.workers.outbox-threads=0")) {
            Http http = Http.at(bot.port());
            assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(http.get("/actuator/health/redis").statusCode()).isEqualTo(200);

            proxy.down(true);
            for (int i = 0; i < 3; i++) {
                Timed ready = timed(() -> http.get("/actuator/health/readiness"));
                assertThat(ready.response().statusCode()).isEqualTo(503);
                assertThat(ready.took()).as("readiness, call %d", i + 1).isLessThan(FAST);
            }
            Timed full = timed(() -> http.get("/actuator/health"));
            assertThat(full.response().statusCode()).isEqualTo(503);
            assertThat(full.took()).as("the full check").isLessThan(FAST);
            Timed callback = timed(() -> new WeComDriver(bot.port(), "http://127.0.0.1:9")
                    .groupMessage("wrNoDb", "zhang.boss", "路灯坏了三天了,麻烦修一下").response());
            assertThat(callback.response().statusCode()).isEqualTo(503);
            assertThat(callback.took()).as("a callback with no database (3 s connection time-out)")
                    .isLessThan(Duration.ofSeconds(5));

            proxy.down(false);
            Await.until("ready again", Duration.ofSeconds(15),
                    () -> http.get("/actuator/health/readiness").statusCode() == 200);
        }
    }

    private static String throughProxy(String url, CuttableProxy proxy) {
        return url.replace(TestServices.DB_HOST + ":" + TestServices.DB_PORT + "/", "127.0.0.1:" + proxy.port() + "/");
    }
}
