package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.Browser;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.Http;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in headless Chromium on the prod profile: a department's staff member logs in, filters the appeals,
 * opens one and accepts it from the page, and the post reaches the group; staff of another department who open it
 * are refused; an administrator merges an appeal into another from its page and splits it again.
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
    /** Two of one group's appeals, a business's own matters that intake keeps apart: 并单 by hand joins them. */
    private static String licence;
    private static String subsidy;

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
        licence = appealOf(driver, "owner.li", "请问营业执照的地址变更怎么办理,麻烦帮忙看一下");
        number = appealOf(driver, "owner.wang", "我们小区门口胡同里堆了好多垃圾,路灯也坏了三天了,麻烦街道尽快管管");
        subsidy = appealOf(driver, "owner.zhou", "我们是小微企业,想问下今年的稳岗补贴怎么申请,需要准备哪些材料");
        browser = Browser.start();
    }

    /** Sends an owner's message to the group and waits for the appeal it makes. */
    private static String appealOf(WeComDriver driver, String owner, String text) {
        var sent = driver.groupMessage("wrBrowserNanguan", owner, text);
        return Await.value("the appeal of " + owner, WAIT, () -> bot.db().queryForList(
                "SELECT number FROM appeal WHERE source_message_id = ?", String.class, "aibot:" + sent.msgId())
                .stream().findFirst().orElse(null));
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

    @Test
    void anAdministratorMergesAnAppealIntoAnotherFromItsPageAndSplitsItAgain() throws IOException {
        assertThat(licence).isNotEqualTo(subsidy);
        logIn("admin", BotInstance.ADMIN_PASSWORD);
        browser.get(base + "/appeals/" + subsidy);
        assertThat(browser.findElements(By.cssSelector("#merge-candidates option")))
                .extracting(o -> o.getDomAttribute("value")).contains(licence).doesNotContain(subsidy);

        // What is not an appeal number changes nothing.
        mergeInto("XH2026-abc");
        assertThat(flash(".flash.bad")).contains("未执行", "诉求编号格式不正确");
        assertThat(column("status", subsidy)).isEqualTo("PENDING");
        assertThat(auditEntries(subsidy)).isEmpty();

        mergeInto(licence);
        assertThat(flash(".flash.ok")).contains("已将", subsidy, "并入", licence, "共 2 位诉求人");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已结案");
        assertThat(browser.findElement(By.id("merged-into")).getText()).contains("已并入", licence);
        assertThat(column("status", subsidy)).isEqualTo("CLOSED");
        assertThat(column("merged_into", subsidy)).isEqualTo(licence);
        assertThat(events(subsidy)).contains("MERGED_AWAY");
        assertThat(events(licence)).contains("MERGED_IN");
        assertThat(joinedRequesters(licence)).containsExactly("owner.zhou");
        Delivery post = wecom.awaitDelivery(d -> d.kind() == Delivery.Kind.WEBHOOK && d.target().equals(GROUP_KEY)
                && d.content().contains("诉求已并单") && d.content().contains(subsidy), WAIT);
        assertThat(post.content()).contains(licence, "<@owner.li>", "<@owner.zhou>");
        assertThat(auditEntries(subsidy)).containsExactly("诉求并单 状态: 待受理 → 已结案; 并入: (空) → " + licence);
        screenshot("console-merged.png");

        browser.findElement(By.linkText(licence)).click();
        waiting().until(ExpectedConditions.urlContains("/appeals/" + licence));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("诉求人 (并单)", "2 位");
        browser.navigate().back();

        submit(By.cssSelector("#action-split button"));
        assertThat(flash(".flash.ok")).contains("已将", subsidy, "拆出", licence);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待受理");
        assertThat(browser.findElements(By.id("action-split"))).isEmpty();
        assertThat(column("status", subsidy)).isEqualTo("PENDING");
        assertThat(column("merged_into", subsidy)).isNull();
        assertThat(joinedRequesters(licence)).isEmpty();
        assertThat(auditEntries(subsidy)).contains("诉求拆单 状态: 已结案 → 待受理; 并入: " + licence + " → (空)");
    }

    /**
     * An owner with an open appeal in the group makes a second: its page names the first as possibly the same matter
     * and offers it first to merge into; an appeal whose requester has no other open one names none.
     */
    @Test
    void anAppealNamesItsRequestersOtherOpenAppealsInTheGroupFirst() {
        String second = appealOf(new WeComDriver(bot.port(), wecom.baseUrl()), "owner.li",
                "店门口的下水井盖丢了一个 晚上有人差点踩进去 麻烦尽快补上");
        logIn("admin", BotInstance.ADMIN_PASSWORD);
        browser.get(base + "/appeals/" + second);
        assertThat(browser.findElement(By.id("same-requester")).getText()).contains("同一诉求人", licence)
                .doesNotContain(number, subsidy);
        assertThat(browser.findElements(By.cssSelector("#merge-candidates option")))
                .extracting(o -> o.getDomAttribute("value")).first().isEqualTo(licence);
        assertThat(browser.findElements(By.cssSelector("#merge-candidates option")))
                .extracting(o -> o.getDomAttribute("value")).contains(number).doesNotContain(second);

        browser.get(base + "/appeals/" + number);
        assertThat(browser.findElements(By.cssSelector("#merge-candidates option"))).isNotEmpty();
        assertThat(browser.findElements(By.id("same-requester"))).isEmpty();
    }

    @Test
    void staffOfAnotherDepartmentMayNotMergeItsAppeals() {
        String department = column("department_code", subsidy);
        String outsider = "urban".equals(department) ? "ng.liu" : "urban.sun";
        var refused = Http.at(bot.port()).as(outsider, PASSWORD).postForm("/appeals/" + subsidy + "/merge",
                Map.of("into", licence));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(column("merged_into", subsidy)).isNull();
    }

    private static void mergeInto(String kept) {
        WebElement into = browser.findElement(By.name("into"));
        into.clear();
        into.sendKeys(kept);
        submit(By.cssSelector("#action-merge button"));
    }

    /**
     * Clicks a form's button and waits until the page it posted from is gone: the page before may show a flash of
     * its own (the merge's, after going back), which a wait for the next flash would otherwise find, and read as the
     * browser replaces it.
     */
    private static void submit(By button) {
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        waiting().until(Browser.gone(before));
    }

    private static String flash(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
    }

    private static String column(String name, String appeal) {
        return bot.db().queryForObject("SELECT " + name + " FROM appeal WHERE number = ?", String.class, appeal);
    }

    private static List<String> events(String appeal) {
        return bot.db().queryForList("SELECT e.type FROM appeal_event e JOIN appeal a ON a.id = e.appeal_id"
                + " WHERE a.number = ? ORDER BY e.id", String.class, appeal);
    }

    /** The requesters who joined the appeal (its writer has no row in appeal_requester). */
    private static List<String> joinedRequesters(String appeal) {
        return bot.db().queryForList("SELECT r.user_id FROM appeal_requester r JOIN appeal a ON a.id = r.appeal_id"
                + " WHERE a.number = ? ORDER BY r.joined_order", String.class, appeal);
    }

    private static List<String> auditEntries(String appeal) {
        return bot.db().queryForList("SELECT CONCAT(action, ' ', detail) FROM audit_entry WHERE target = ?"
                + " ORDER BY id", String.class, appeal);
    }
}
