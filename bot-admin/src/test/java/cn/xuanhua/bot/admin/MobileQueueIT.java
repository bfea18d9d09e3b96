package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.Browser;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.admin.support.WeComDriver;
import cn.xuanhua.bot.wecom.fake.Delivery;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member's queue on the phone (/m) on the prod profile against the fake WeCom: the WeCom OAuth sign-in
 * (state checked, code turned into a userid by auth/getuserinfo, strangers refused), the department's open appeals
 * soonest due first, an appeal accepted with a button in a 390 px headless Chromium without sideways scrolling; and
 * requesters shown by their WeCom names (internal member and external contact) in the API, the group and the Excel.
 */
class MobileQueueIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Internal codes as they were shown before they had words: dotted lower-case words. */
    private static final Pattern RAW_CODE = Pattern.compile(
            "\\b(appeal|noise|act|veto|route|masked|deadline|due|speaker|model)\\.[a-z][a-z.-]*");
    private static final String CLERK = "ng.clerk";
    private static final String INTERNAL_OWNER = "owner.wang";
    private static final String EXTERNAL_OWNER = "wmExtLiXiumei01";
    private static FakeWeComServer wecom;
    private static BotInstance bot;
    private static String base;
    /** Due in a little over 3 hours. */
    private static String soon;
    /** A day and an hour overdue. */
    private static String late;
    /** Another department's. */
    private static String elsewhere;

    @BeforeAll
    static void start() {
        wecom = new FakeWeComServer();
        bot = BotInstance.start(TestServices.freshMariaDbDatabase("mobile_queue"), TestServices.freshRedisNamespace(),
                wecom.baseUrl(), "--bot.wecom.oauth-authorize-url=" + wecom.authorizeUrl());
        base = "http://127.0.0.1:" + bot.port();
        bot.admin().putJson("/api/groups/tw-nanguan", "{\"chatId\":\"wrMobileNanguan\",\"webhookKey\":\"key-mobile\"}");
        bot.admin().postJson("/api/staff", "{\"userId\":\"" + CLERK + "\",\"name\":\"南关街道 刘敏\","
                + "\"departmentCode\":\"office-nanguan\",\"role\":\"STAFF\"}");
        wecom.api().setPerson(INTERNAL_OWNER, "王建国");
        wecom.api().setPerson(EXTERNAL_OWNER, "李秀梅");
        WeComDriver driver = new WeComDriver(bot.port(), wecom.baseUrl());
        soon = appeal(driver, INTERNAL_OWNER, "我们小区门口胡同里堆了好多垃圾,路灯也坏了三天了,麻烦街道尽快管管");
        late = appeal(driver, EXTERNAL_OWNER, "店门口的下水道堵了一个星期了,污水漫到路上,麻烦街道尽快派人疏通一下");
        elsewhere = appeal(driver, "owner.zhao", "路边违章占道经营,堵得车辆没法通行,麻烦管一管");
        LocalDateTime now = LocalDateTime.now(ZONE);
        place(soon, "office-nanguan", now.plusHours(3).plusMinutes(30));
        place(late, "office-nanguan", now.minusDays(1).minusHours(1));
        place(elsewhere, "urban", now.plusHours(1));
    }

    @AfterAll
    static void stop() {
        bot.close();
        wecom.close();
    }

    private static String appeal(WeComDriver driver, String owner, String text) {
        var sent = driver.groupMessage("wrMobileNanguan", owner, text);
        return Await.value("appeal made", WAIT, () -> bot.db().queryForList(
                "SELECT number FROM appeal WHERE source_message_id = ?", String.class, "aibot:" + sent.msgId())
                .stream().findFirst().orElse(null));
    }

    private static void place(String number, String department, LocalDateTime due) {
        bot.db().update("UPDATE appeal SET department_code = ?, due_at = ? WHERE number = ?", department, due, number);
    }

    /** A browser-like client: keeps its session cookie, follows no redirect. */
    private static final class Phone {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String pathOrUrl) {
            try {
                return client.send(HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl
                        : base + pathOrUrl)).header("Accept", "text/html").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Opens /m and returns the state WeCom was sent. */
        String startSignIn() {
            HttpResponse<String> m = get("/m");
            assertThat(m.statusCode()).isEqualTo(302);
            return query(location(m)).get("state");
        }

        HttpResponse<String> returnFromWeCom(String code, String state) {
            return get("/m/oauth?code=" + code + "&state=" + state);
        }

        void signInAs(String userId) {
            String state = startSignIn();
            HttpResponse<String> back = returnFromWeCom(wecom.api().issueOAuthCode(userId), state);
            assertThat(back.statusCode()).isEqualTo(302);
            assertThat(location(back)).endsWith("/m");
        }
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static Map<String, String> query(String url) {
        String q = URI.create(url).getRawQuery();
        Map<String, String> params = new HashMap<>();
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    @Test
    void aVisitorWithoutASessionIsSentToWeComOAuthWithAFreshState() {
        Phone phone = new Phone();
        HttpResponse<String> first = phone.get("/m");

        assertThat(first.statusCode()).isEqualTo(302);
        URI to = URI.create(location(first));
        assertThat(to.getScheme() + "://" + to.getAuthority() + to.getPath()).isEqualTo(wecom.authorizeUrl());
        assertThat(to.getRawFragment()).isEqualTo("wechat_redirect");
        Map<String, String> q = query(location(first));
        assertThat(q).containsEntry("appid", WeComDriver.CORP_ID)
                .containsEntry("redirect_uri", base + "/m/oauth")
                .containsEntry("response_type", "code")
                .containsEntry("scope", "snsapi_base")
                .containsEntry("agentid", "1000002");
        assertThat(q.get("state")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(location(first)).matches(Pattern.quote(wecom.authorizeUrl())
                + "\\?appid=[^&]+&redirect_uri=[^&]+&response_type=code&scope=snsapi_base&state=[^&]+&agentid=1000002#wechat_redirect");
        assertThat(new Phone().startSignIn()).isNotEqualTo(q.get("state"));
    }

    @Test
    void aWrongOrMissingStateIsRefusedAndSignsNobodyIn() {
        Phone phone = new Phone();
        String state = phone.startSignIn();

        HttpResponse<String> forged = phone.returnFromWeCom(wecom.api().issueOAuthCode(CLERK), state + "x");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("登录请求已失效");
        // The state was used up by the attempt; the right one no longer works either.
        assertThat(phone.returnFromWeCom(wecom.api().issueOAuthCode(CLERK), state).statusCode()).isEqualTo(403);
        assertThat(phone.get("/m").statusCode()).isEqualTo(302);

        Phone noState = new Phone();
        assertThat(noState.returnFromWeCom(wecom.api().issueOAuthCode(CLERK), "anything").statusCode()).isEqualTo(403);
        assertThat(noState.get("/m").statusCode()).isEqualTo(302);
    }

    @Test
    void aStrangersUseridOrAnUnknownCodeIsRefused() {
        Phone stranger = new Phone();
        HttpResponse<String> refused = stranger.returnFromWeCom(wecom.api().issueOAuthCode(INTERNAL_OWNER),
                stranger.startSignIn());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("不是登记的部门工作人员");
        assertThat(stranger.get("/m").statusCode()).isEqualTo(302);

        Phone badCode = new Phone();
        assertThat(badCode.returnFromWeCom("made-up-code", badCode.startSignIn()).statusCode()).isEqualTo(403);
    }

    @Test
    void theClerkSeesTheirDepartmentsOpenAppealsSoonestDueFirstWithTheTimeLeft() {
        Phone phone = new Phone();
        phone.signInAs(CLERK);

        HttpResponse<String> queue = phone.get("/m");

        assertThat(queue.statusCode()).isEqualTo(200);
        String page = queue.body();
        assertThat(page).contains(late, soon, "已超期 1 天", "还剩 3 小时", "王建国", "李秀梅")
                .doesNotContain(elsewhere).doesNotContain(INTERNAL_OWNER).doesNotContain(EXTERNAL_OWNER);
        assertThat(page.indexOf(late)).isLessThan(page.indexOf(soon));
        // Back to WeCom's return address once signed in (the back button): the queue, as the same person.
        assertThat(location(phone.returnFromWeCom(wecom.api().issueOAuthCode(INTERNAL_OWNER), "stale"))).endsWith("/m");
        assertThat(phone.get("/m").body()).contains("刘敏");
        HttpResponse<String> one = phone.get("/m/appeals/" + late);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("李秀梅", "受理", "退回");
        assertThat(RAW_CODE.matcher(visibleText(one.body())).find()).as("raw code on the phone page").isFalse();
        assertThat(phone.get("/m/appeals/" + elsewhere).statusCode()).isEqualTo(403);
    }

    @Test
    void aPhoneSessionReachesNeitherTheConsoleNorTheApiAndAConsoleLogInIsNoPhoneSession() {
        Phone phone = new Phone();
        phone.signInAs(CLERK);

        HttpResponse<String> console = phone.get("/appeals");
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(location(console)).contains("/login");
        assertThat(phone.get("/api/appeals").statusCode()).isEqualTo(401);

        HttpResponse<String> admin = bot.admin().getHtml("/m");
        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(location(admin)).startsWith(wecom.authorizeUrl());
    }

    @Test
    void requestersAreShownByTheirWeComNamesInTheApiTheGroupAndTheExcel() throws Exception {
        assertThat(JSON.readTree(bot.admin().get("/api/appeals/" + soon).body()).get("requesterName").asText())
                .isEqualTo("王建国");
        assertThat(JSON.readTree(bot.admin().get("/api/appeals/" + late).body()).get("requesterName").asText())
                .isEqualTo("李秀梅");
        for (String[] expected : new String[][]{{soon, "王建国"}, {late, "李秀梅"}}) {
            Delivery registered = wecom.awaitDelivery(d -> d.content().contains("诉求已登记")
                    && d.content().contains(expected[0]), WAIT);
            assertThat(registered.content()).contains("提交人: " + expected[1]);
        }
        Map<String, String> excel = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                bot.admin().getBytes("/api/reports/appeals.xlsx").body()))) {
            for (Row row : book.getSheetAt(0)) {
                excel.put(row.getCell(0).getStringCellValue(), row.getCell(3).getStringCellValue());
            }
        }
        assertThat(excel).containsEntry(soon, "王建国").containsEntry(late, "李秀梅");
        // Someone WeCom does not know is shown by a masked userid, never the userid itself.
        assertThat(JSON.readTree(bot.admin().get("/api/appeals/" + elsewhere).body()).get("requesterName").asText())
                .isEqualTo("ow***ao");
        assertThat(excel.get(elsewhere)).isEqualTo("ow***ao");

        // WeCom failing to answer holds up no appeal: it is made, and its requester shown masked.
        wecom.failNext("/cgi-bin/user/get", 1, 503);
        String unnamed = appeal(new WeComDriver(bot.port(), wecom.baseUrl()), "owner.qian",
                "我们这边停水两天了,一直没有通知什么时候来水,麻烦帮忙问一下自来水公司");
        Delivery registered = wecom.awaitDelivery(d -> d.content().contains("诉求已登记")
                && d.content().contains(unnamed), WAIT);
        assertThat(registered.content()).contains("提交人: ow").doesNotContain("owner.qian");
        // Each requester was asked of WeCom once: the names are cached.
        assertThat(wecom.calls("/cgi-bin/user/get")).isEqualTo(3);
        assertThat(wecom.calls("/cgi-bin/externalcontact/get")).isEqualTo(1);
    }

    @Test
    void theTimelineAndTheRulesPageShowNoRawCode() {
        String appeal = visibleText(bot.admin().getHtml("/appeals/" + soon).body());
        assertThat(appeal).contains("提交", "王建国");
        assertThat(RAW_CODE.matcher(appeal).find()).as("raw code in the timeline: " + appeal).isFalse();
        String rules = visibleText(bot.admin().getHtml("/rules").body());
        assertThat(rules).contains("添加到「");
        assertThat(RAW_CODE.matcher(rules).find()).as("raw code on /rules").isFalse();
    }

    private static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]+>", " ");
    }

    @Test
    void inA390PixelBrowserTheClerkSignsInSeesTheQueueWithoutSidewaysScrollingAndAcceptsAnAppeal()
            throws IOException {
        String mine = appeal(new WeComDriver(bot.port(), wecom.baseUrl()), INTERNAL_OWNER,
                "我们这条街的井盖丢了两个了,晚上路过很危险,麻烦街道尽快补上");
        place(mine, "office-nanguan", LocalDateTime.now(ZONE).plusMinutes(50));
        wecom.signInAs(CLERK);
        WebDriver browser = Browser.phone();
        try {
            browser.get(base + "/m");
            WebDriverWait waiting = new WebDriverWait(browser, WAIT);
            waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
            // Signed in and back on the queue (the browser keeps the #wechat_redirect fragment across redirects).
            assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/m");
            JavascriptExecutor js = (JavascriptExecutor) browser;
            assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isEqualTo(390);
            assertNoSidewaysScroll(js);
            List<WebElement> cards = browser.findElements(By.cssSelector("#queue a.card"));
            assertThat(cards.get(0).getText()).contains(late, "已超期");
            screenshot(browser, "mobile-queue.png");

            browser.findElement(By.xpath("//a[contains(@class,'card')][.//span[text()='" + mine + "']]")).click();
            waiting.until(ExpectedConditions.urlContains("/m/appeals/" + mine));
            assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待受理");
            assertNoSidewaysScroll(js);
            browser.findElement(By.cssSelector("#action-accept button")).click();

            assertThat(waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.ok")))
                    .getText()).contains("已受理", mine);
            assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("办理中");
            assertThat(browser.findElement(By.id("timeline")).getText()).contains("受理", "刘敏");
            assertNoSidewaysScroll(js);
            screenshot(browser, "mobile-accepted.png");
        } finally {
            browser.quit();
        }
        Delivery post = wecom.awaitDelivery(d -> d.kind() == Delivery.Kind.WEBHOOK && d.content().contains(mine)
                && d.content().contains("诉求已受理"), WAIT);
        assertThat(post.content()).contains("承办: 南关街道 刘敏").doesNotContain("南关街道 南关街道");
        assertThat(bot.db().queryForObject("SELECT handler_user_id FROM appeal WHERE number = ?", String.class, mine))
                .isEqualTo(CLERK);
    }

    private static void assertNoSidewaysScroll(JavascriptExecutor js) {
        Number scrollWidth = (Number) js.executeScript("return document.scrollingElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("page width at 390 px").isLessThanOrEqualTo(390);
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Path shots = Paths.get("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
