package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.config.WeComKeys;
import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.EmbeddedBot;
import cn.xuanhua.bot.admin.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox on the embedded default (H2): its fake WeCom API is open to the bot's own calls, as WeCom is, and so
 * checks the corp secret as WeCom does; the sandbox's pages and calls stay behind the administrator's log-in; a burst
 * of messages typed into it is handled without a single "Deadlock detected" from H2.
 */
@ExtendWith(OutputCaptureExtension.class)
class SandboxH2IT {
    private static final String PASSWORD = "sandbox-h2-pass";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ConfigurableApplicationContext app;
    private static Http http;

    @TempDir
    static Path data;

    @BeforeAll
    static void start() {
        app = EmbeddedBot.start(data, "--bot.admin.password=" + PASSWORD, "--bot.workers.poll-interval=PT0.2S");
        http = Http.at(EmbeddedBot.port(app));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonNode token(String corpId, String secret) throws Exception {
        return JSON.readTree(http.get("/sandbox/qyapi/cgi-bin/gettoken?corpid=" + URLEncoder.encode(corpId,
                StandardCharsets.UTF_8) + "&corpsecret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)).body());
    }

    @Test
    void theFakeWeComGivesATokenOnlyForTheSandboxsCorpSecret() throws Exception {
        WeComKeys keys = app.getBean(WeComKeys.class);
        assertThat(token(keys.corpId(), "any-secret").get("errcode").asInt()).isEqualTo(40001);
        assertThat(token("another-corp", keys.appSecret().reveal()).get("errcode").asInt()).isEqualTo(40013);
        JsonNode right = token(keys.corpId(), keys.appSecret().reveal());
        assertThat(right.get("errcode").asInt()).isZero();
        assertThat(right.get("access_token").asText()).isNotBlank();
        assertThat(JSON.readTree(http.postJson("/sandbox/qyapi/cgi-bin/message/send?access_token=made-up", "{}").body())
                .get("errcode").asInt()).isEqualTo(40014);
    }

    @Test
    void theSandboxsOwnPagesAndCallsNeedTheAdministrator() {
        assertThat(http.getHtml("/sandbox").statusCode()).isEqualTo(302);
        assertThat(http.get("/sandbox/api/people").statusCode()).isEqualTo(401);
        assertThat(http.postJson("/sandbox/api/say", "{\"window\":\"group:tw-nanguan\",\"userId\":\"x\",\"text\":\"hi\"}")
                .statusCode()).isIn(401, 403);
        assertThat(http.as("admin", PASSWORD).get("/sandbox/api/people").statusCode()).isEqualTo(200);
        String tap = "{\"userId\":\"office-nanguan.staff\",\"taskId\":\"no-such-card\",\"key\":\"accept:XH20261126-0001\"}";
        assertThat(http.postJson("/sandbox/api/tap", tap).statusCode()).isIn(401, 403);
        assertThat(http.as("admin", PASSWORD).postJson("/sandbox/api/tap", tap).statusCode())
                .as("a tap on a card the fake never delivered").isEqualTo(400);
    }

    /** A message to a window the sandbox does not have is refused and shows up nowhere. */
    @Test
    void aMessageToNoWindowIsRefusedAndShownNowhere() {
        Http admin = http.as("admin", PASSWORD);
        String text = "无此窗口的消息 " + System.nanoTime();
        for (String window : new String[]{"tw-nanguan", "group:no-such-group"}) {
            assertThat(admin.postJson("/sandbox/api/say", "{\"window\":\"" + window
                    + "\",\"userId\":\"zhang.laoban\",\"text\":\"" + text + "\"}").statusCode()).isEqualTo(400);
        }
        assertThat(admin.get("/sandbox/api/lines?after=0").body()).doesNotContain(text);
    }

    @Test
    void aBurstOfMessagesThroughTheSandboxIsHandledWithoutADeadlock(CapturedOutput output) throws Exception {
        String[] groups = {"tw-nanguan", "ind-industry", "tw-taercun", "ind-startup"};
        Http admin = http.as("admin", PASSWORD);
        ExecutorService typists = Executors.newFixedThreadPool(16);
        List<Future<Integer>> said = new ArrayList<>();
        try {
            for (int i = 0; i < 120; i++) {
                // A writer each, at a building each: one writer's like complaints are one appeal, more than five in ten
                // minutes are held, and like complaints of one place from several writers are one appeal (并单).
                String body = "{\"window\":\"group:" + groups[(i / 4) % 4] + "\",\"userId\":\"burst." + i
                        + "\",\"text\":\"" + i + "号楼门口的路灯坏了,晚上很黑,麻烦尽快修一下\"}";
                said.add(typists.submit(() -> admin.postJson("/sandbox/api/say", body).statusCode()));
            }
            for (Future<Integer> f : said) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            typists.shutdownNow();
        }
        JdbcTemplate db = app.getBean(JdbcTemplate.class);
        Await.until("every message handled and every due post sent", Duration.ofSeconds(90), () ->
                db.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE status IN ('PENDING', 'PROCESSING')",
                        Integer.class) == 0
                        && db.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENDING'"
                        + " OR (status = 'PENDING' AND next_attempt_at <= CURRENT_TIMESTAMP)", Integer.class) == 0);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM appeal", Integer.class)).isGreaterThanOrEqualTo(100);
        assertThat(output.getOut()).doesNotContain("Deadlock detected").doesNotContain("CannotAcquireLockException");
    }
}
