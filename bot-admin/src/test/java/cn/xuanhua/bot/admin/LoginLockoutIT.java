package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.Http;
import cn.xuanhua.bot.admin.support.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Log-in on the prod profile: ten wrong passwords within 15 minutes lock an account for 15 minutes, by form and by
 * HTTP Basic alike, and a locked account's right password gets the very answer of a wrong one. The lock is kept in
 * Redis, so a second instance refuses too; an instance whose clock is 16 minutes on ({@code bot.clock.offset})
 * lets the account in again. The session cookie is HttpOnly and SameSite=Lax, and Secure (with HSTS) behind a proxy
 * that says {@code X-Forwarded-Proto: https}.
 */
class LoginLockoutIT {
    private static final String PASSWORD = "lockout-it-pass";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static String dbUrl;
    private static String redisNamespace;
    private static BotInstance bot;

    @BeforeAll
    static void start() {
        dbUrl = TestServices.freshMariaDbDatabase("lockout");
        redisNamespace = TestServices.freshRedisNamespace();
        bot = BotInstance.start(dbUrl, redisNamespace, "http://127.0.0.1:9");
        for (String user : List.of("ng.lock", "li.lock", "urb.lock", "cookie.lock")) {
            assertThat(bot.admin().postJson("/api/staff", "{\"userId\":\"" + user + "\",\"name\":\"" + user
                    + "\",\"departmentCode\":\"office-nanguan\",\"role\":\"STAFF\"}").statusCode()).isEqualTo(201);
            assertThat(bot.admin().postForm("/staff/" + user + "/account", Map.of("username", user, "password", PASSWORD))
                    .statusCode()).isEqualTo(302);
        }
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    /** A form log-in as a browser does it: the form (session and CSRF token), then the post. */
    private record FormAnswer(String location, List<String> cookies, HttpResponse<String> response) {
        boolean loggedIn() {
            return location != null && !location.contains("/login");
        }
    }

    private static FormAnswer formLogin(int port, String user, String password, boolean behindHttpsProxy) {
        HttpRequest.Builder form = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Accept", "text/html");
        if (behindHttpsProxy) {
            form.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<String> page = send(form.GET().build());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the log-in form carries a CSRF token").isTrue();
        String session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (behindHttpsProxy) {
            post.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<String> answer = send(post.build());
        assertThat(answer.statusCode()).isEqualTo(302);
        return new FormAnswer(answer.headers().firstValue("Location").orElse(null),
                answer.headers().allValues("Set-Cookie"), answer);
    }

    private static HttpResponse<String> basic(int port, String user, String password) {
        return Http.at(port).as(user, password).get("/api/appeals");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void tenWrongPasswordsByFormLockTheAccountForFormAndBasicAndTheLockEndsAfterFifteenMinutes() {
        FormAnswer wrong = null;
        for (int i = 0; i < 10; i++) {
            wrong = formLogin(bot.port(), "ng.lock", "wrong-" + i, false);
            assertThat(wrong.loggedIn()).isFalse();
        }
        FormAnswer right = formLogin(bot.port(), "ng.lock", PASSWORD, false);
        assertThat(right.loggedIn()).as("the right password of a locked account").isFalse();
        assertThat(right.location()).isEqualTo(wrong.location());
        HttpResponse<String> basicRight = basic(bot.port(), "ng.lock", PASSWORD);
        HttpResponse<String> basicWrong = basic(bot.port(), "ng.lock", "wrong-again");
        assertThat(basicRight.statusCode()).isEqualTo(401);
        assertThat(basicRight.body()).as("the same answer as a wrong password").isEqualTo(basicWrong.body());

        assertThat(basic(bot.port(), "li.lock", PASSWORD).statusCode()).as("another account").isEqualTo(200);
        assertThat(formLogin(bot.port(), "li.lock", PASSWORD, false).loggedIn()).isTrue();

        try (BotInstance other = BotInstance.start(dbUrl, redisNamespace, "http://127.0.0.1:9")) {
            assertThat(basic(other.port(), "ng.lock", PASSWORD).statusCode()).as("another instance").isEqualTo(401);
        }
        try (BotInstance later = BotInstance.start(dbUrl, redisNamespace, "http://127.0.0.1:9",
                "--bot.clock.offset=PT16M")) {
            assertThat(basic(later.port(), "ng.lock", PASSWORD).statusCode()).as("16 minutes on").isEqualTo(200);
            assertThat(formLogin(later.port(), "ng.lock", PASSWORD, false).loggedIn()).isTrue();
        }
    }

    @Test
    void tenWrongPasswordsByHttpBasicLockTheFormLogInToo() {
        for (int i = 0; i < 10; i++) {
            assertThat(basic(bot.port(), "urb.lock", "wrong-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(basic(bot.port(), "urb.lock", PASSWORD).statusCode()).isEqualTo(401);
        assertThat(formLogin(bot.port(), "urb.lock", PASSWORD, false).loggedIn()).isFalse();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureBehindAnHttpsProxyWithHsts() {
        FormAnswer plain = formLogin(bot.port(), "cookie.lock", PASSWORD, false);
        assertThat(plain.loggedIn()).isTrue();
        String plainCookie = plain.cookies().stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(plainCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
        assertThat(plain.response().headers().firstValue("Strict-Transport-Security")).isEmpty();

        FormAnswer proxied = formLogin(bot.port(), "cookie.lock", PASSWORD, true);
        assertThat(proxied.loggedIn()).isTrue();
        String secureCookie = proxied.cookies().stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow();
        assertThat(secureCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Secure");
        assertThat(proxied.response().headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age="));
    }
}
