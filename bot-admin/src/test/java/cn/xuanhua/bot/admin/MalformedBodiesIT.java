package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.admin.support.WeComDriver;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, the callbacks and the API answer 2xx or 4xx, never a 500, with no stack trace in the
 * answer and none in the log: multipart without a boundary, wrong content types, truncated JSON and XML, empty and
 * binary bodies, a ciphertext whose length field is 0x7fffffff (correctly signed and encrypted, so it reaches the
 * length check). On the prod profile against MariaDB and Redis.
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedBodiesIT {
    private static final List<String> PATHS = List.of("/wecom/aibot/callback", "/wecom/app/callback",
            "/api/appeals/preview");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static BotInstance bot;

    @BeforeAll
    static void start() {
        bot = BotInstance.start(TestServices.freshMariaDbDatabase("malformed"), TestServices.freshRedisNamespace(),
                "http://127.0.0.1:9", "--bot.workers.inbox-threads=0", "--bot.workers.outbox-threads=0");
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    /** A body and the Content-Type it is sent with (null: no Content-Type header at all). */
    private record Body(String contentType, byte[] bytes) {
        static Body of(String contentType, String text) {
            return new Body(contentType, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Map<String, Body> bodies(String path) {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Map<String, Body> b = new LinkedHashMap<>();
        b.put("multipart without a boundary", Body.of("multipart/form-data", "--x\r\nContent-Disposition: form-data\r\n\r\nhi\r\n--x--"));
        b.put("multipart with a boundary but no parts", Body.of("multipart/form-data; boundary=zzz", "not multipart at all"));
        b.put("multipart with a broken part", Body.of("multipart/form-data; boundary=zzz",
                "--zzz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated"));
        b.put("a form post", Body.of("application/x-www-form-urlencoded", "encrypt=abc&%zz=%"));
        b.put("plain text", Body.of("text/plain", "hello"));
        b.put("an unknown charset", Body.of("application/json; charset=x-no-such-charset", "{\"text\":\"x\"}"));
        b.put("a malformed content type", Body.of("this is not a media type", "{}"));
        b.put("no content type", new Body(null, "{\"encrypt\":\"abc\"}".getBytes(StandardCharsets.UTF_8)));
        b.put("truncated JSON", Body.of("application/json", "{\"encrypt\":\"abc"));
        b.put("truncated XML", Body.of("text/xml", "<xml><Encrypt><![CDATA[abc"));
        b.put("JSON nested 100,000 deep", Body.of("application/json", "[".repeat(100_000) + "]".repeat(100_000)));
        b.put("empty JSON", Body.of("application/json", ""));
        b.put("empty XML", Body.of("text/xml", ""));
        b.put("binary garbage", new Body("application/octet-stream", garbage));
        b.put("binary garbage said to be JSON", new Body("application/json", garbage));
        b.put("a JSON array", Body.of("application/json", "[1,2,3]"));
        b.put("a wrongly typed field", Body.of("application/json", "{\"text\":{\"a\":1},\"encrypt\":[1]}"));
        if (path.startsWith("/wecom/aibot")) {
            b.put("a length field of 0x7fffffff", Body.of("application/json", "{\"encrypt\":\"" + HUGE_LENGTH_AIBOT + "\"}"));
        }
        if (path.startsWith("/wecom/app")) {
            b.put("a length field of 0x7fffffff", Body.of("text/xml",
                    "<xml><Encrypt><![CDATA[" + HUGE_LENGTH_APP + "]]></Encrypt></xml>"));
        }
        return b;
    }

    private static final String HUGE_LENGTH_AIBOT = cipherWithLengthField(0x7fffffff, "");
    private static final String HUGE_LENGTH_APP = cipherWithLengthField(0x7fffffff, WeComDriver.CORP_ID);

    /** WeCom's layout (16 random bytes, 4-byte length, message, receive id), PKCS#7 to 32, AES-CBC with the test key. */
    private static String cipherWithLengthField(int length, String receiveId) {
        try {
            byte[] key = Base64.getDecoder().decode(WeComDriver.AES_KEY + "=");
            byte[] tail = ("{}" + receiveId).getBytes(StandardCharsets.UTF_8);
            ByteBuffer plain = ByteBuffer.allocate(20 + tail.length);
            plain.put(new byte[16]).putInt(length).put(tail);
            byte[] unpadded = plain.array();
            int pad = 32 - unpadded.length % 32;
            byte[] padded = Arrays.copyOf(unpadded, unpadded.length + pad);
            Arrays.fill(padded, unpadded.length, padded.length, (byte) pad);
            Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
            return Base64.getEncoder().encodeToString(aes.doFinal(padded));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Callbacks get a correct signature over whatever encrypt text the body holds, so bodies reach the parsers. */
    private static HttpResponse<String> send(String path, Body body) throws IOException, InterruptedException {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String cipher = path.startsWith("/wecom/aibot") ? HUGE_LENGTH_AIBOT : HUGE_LENGTH_APP;
        String token = path.startsWith("/wecom/aibot") ? WeComDriver.AIBOT_TOKEN : WeComDriver.APP_TOKEN;
        String query = path.startsWith("/wecom/") ? "?msg_signature=" + SHA1.gen(token, timestamp, "n1", cipher)
                + "&timestamp=" + timestamp + "&nonce=n1" : "";
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + path + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (body.contentType() != null) {
            r.header("Content-Type", body.contentType());
        }
        if (path.startsWith("/api/")) {
            r.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("admin:" + BotInstance.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void everyMalformedBodyOnEveryCallbackAndApiPathGetsA4xxWithoutAStackTrace(CapturedOutput output) throws Exception {
        int logBefore = output.getOut().length();
        int inboxBefore = bot.db().queryForObject("SELECT COUNT(*) FROM inbox_message", Integer.class);
        SoftAssertions answers = new SoftAssertions();
        for (String path : PATHS) {
            for (Map.Entry<String, Body> e : bodies(path).entrySet()) {
                HttpResponse<String> answer = send(path, e.getValue());
                String what = path + " with " + e.getKey();
                answers.assertThat(answer.statusCode()).as(what + ": " + answer.body()).isBetween(400, 499);
                answers.assertThat(answer.body()).as(what).doesNotContain("Exception", "\tat ", ".java:");
            }
        }
        answers.assertAll();
        assertThat(bot.db().queryForObject("SELECT COUNT(*) FROM inbox_message", Integer.class)).isEqualTo(inboxBefore);
        String log = output.getOut().substring(logBefore);
        assertThat(log.lines().filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by:")))
                .as("no stack trace is logged for a client's mistake").isEmpty();
    }
}
