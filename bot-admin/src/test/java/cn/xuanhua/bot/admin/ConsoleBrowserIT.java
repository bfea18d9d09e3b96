package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.Browser;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.admin.support.WeComDriver;
import cn.xuanhua.bot.wecom.fake.Delivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in headless Chromium on the prod profile: a department's staff member logs in, filters the appeals,
 * opens one and accepts it from the page, and the post reaches the group; staff of another department who open it
 * are refused.
 */
class ConsoleBrowserIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String GROUP_KEY = "key-browser-nanguan";
    private static final String PASSWORD = "browser-staff-pass";
    private static FakeWeComServer wecom;
    private static BotInstance bot;
    private static WebDriver browser;
    private static String base;
    private static String number;

    @BeforeAll
    static void start() {
        wecom = new FakeWeComServer();
        bot = BotInstance.start(TestServices.freshMariaDbDatabase("console_browser"),
                TestServices.freshRedisNamespace(), wecom.baseUrl());
        base = "http://localhost:" + bot.port();
        bot.admin().putJson("/api/groups/tw-nanguan", "{\"chatId\":\"wrBrowserNanguan\",\"webhookKey\":\"" + GROUP_KEY + "\"}");
        staffWithAccount("ng.liu", "南关街道 刘敏", "office-nanguan");
        staffWithAccount("urban.sun", "城管局 孙丽", "urban");
        WeComDriver driver = new WeComDriver(bot.port(), wecom.baseUrl());
        driver.groupMessage("wrBrowserNanguan", "owner.li", "请问营业执照的地址变更怎么办理,麻烦帮忙看一下");
        var sent = driver.groupMessage("wrBrowserNanguan", "owner.wang", "我们小区门口胡同里堆了好多垃圾,路灯也坏了三天了,麻烦街道尽快管管");
        number = Await.value("appeal made", WAIT, () -> bot.db().queryForList(
                "SELECT number FROM appeal WHERE source_message_id = ?", String.class, "aibot:" + sent.msgId())
                .stream().findFirst().orElse(null));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        bot.close();
        wecom.close();
    }

    @BeforeEach
    void loggedOut() {
        browser.manage().deleteAllCookies();
    }

    private static void staffWithAccount(String userId, String name, String department) {
        bot.admin().postJson("/api/staff", "{\"userId\":\"" + userId + "\",\"name\":\"" + name
                + "\",\"departmentCode\":\"" + department + "\",\"role\":\"STAFF\"}");
        bot.admin().postForm("/staff/" + userId + "/account", Map.of("username", userId, "password", PASSWORD));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, WAIT);
    }

    private static void logIn(String username) {
        logIn(username, PASSWORD);
    }

    private static void logIn(String username, String password) {
        browser.get(base + "/appeals");
        waiting().until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/appeals"));
    }

    private static void screenshot(String name) throws IOException {
        Path shots = Paths.get("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void staffFilterOpenAndAcceptAnAppealAndTheGroupIsTold() throws IOException {
        logIn("ng.liu");
        new Select(browser.findElement(By.name("status"))).selectByValue("PENDING");
        browser.findElement(By.name("q")).sendKeys("路灯");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("status=PENDING"));
        assertThat(browser.findElements(By.cssSelector("#appeals tbody tr"))).hasSize(1);
        screenshot("console-appeals.png");

        browser.findElement(By.linkText(number)).click();
        waiting().until(ExpectedConditions.urlContains("/appeals/" + number));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待受理");
        browser.findElement(By.cssSelector("#action-accept button")).click();

        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.ok"))).getText())
                .contains("已受理", number);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("办理中");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("受理", "刘敏");
        Delivery post = wecom.awaitDelivery(d -> d.kind() == Delivery.Kind.WEBHOOK && d.target().equals(GROUP_KEY)
                && d.content().contains(number) && d.content().contains("受理"), WAIT);
        assertThat(post.content()).contains("刘敏");
        screenshot("console-accepted.png");
    }

    @Test
    void staffOfAnotherDepartmentOpeningTheAppealAreRefused() throws IOException {
        logIn("urban.sun");
        assertThat(browser.findElement(By.id("appeals")).getText()).doesNotContain(number);

        browser.get(base + "/appeals/" + number);

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("403");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("不属于您所在部门");
        assertThat(browser.findElements(By.cssSelector("form.action"))).isEmpty();
        screenshot("console-forbidden.png");
    }

    @Test
    void theDashboardShowsThisWeeksRatesCountsAndTheTrendChart() throws IOException {
        logIn("admin", BotInstance.ADMIN_PASSWORD);
        browser.get(base + "/");
        for (String rate : new String[]{"rate-response", "rate-ontime", "rate-resolution", "rate-satisfaction"}) {
            String shown = browser.findElement(By.cssSelector("#" + rate + " .num")).getText();
            assertThat(shown).as(rate).matches("—|\\d{1,3}(\\.\\d)?%");
        }
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("响应率", "按时办结率", "解决率", "满意率");
        assertThat(Integer.parseInt(browser.findElement(By.cssSelector("#count-open .num")).getText()))
                .isGreaterThanOrEqualTo(1);
        assertThat(browser.findElement(By.tagName("main")).getText()).containsPattern("本周新增 [1-9]\\d* 件");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend canvas")));
        screenshot("console-dashboard.png");
    }

    @Test
    void anAdministratorFindsEveryPageInTheNavigation() throws IOException {
        logIn("admin", BotInstance.ADMIN_PASSWORD);
        Map<String, String> pages = Map.of("群", "groups", "人员", "staff", "规则", "rules", "日历", "calendar",
                "待重发", "outbox");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.findElement(By.cssSelector("nav.topnav")).findElement(By.linkText(page.getKey())).click();
            waiting().until(ExpectedConditions.urlContains("/" + page.getValue()));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
            screenshot("console-" + page.getValue() + ".png");
        }
        // The prod profile talks to the real WeCom: no sandbox link.
        assertThat(browser.findElements(By.linkText("沙箱"))).isEmpty();
    }
}
