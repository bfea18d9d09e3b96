package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.Browser;
import cn.xuanhua.bot.admin.support.FakeWeComServer;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.admin.support.WeComDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console of issue 14 in headless Chromium at a desk (1400 px) and on a phone (390 px): the audit page, every
 * page of the navigation without sideways scrolling and with a folding menu, the rules try-box, the confirmation
 * before a delete, the staff search, 批准延期 offered only while an extension waits, and a catalogue workbook
 * uploaded, measured and imported.
 */
class ConsoleOnAnyScreenBrowserIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Dimension DESK = new Dimension(1400, 1000);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static FakeWeComServer wecom;
    private static BotInstance bot;
    private static WebDriver browser;
    private static String base;
    private static String number;

    @BeforeAll
    static void start() {
        wecom = new FakeWeComServer();
        bot = BotInstance.start(TestServices.freshMariaDbDatabase("console_screens"),
                TestServices.freshRedisNamespace(), wecom.baseUrl());
        base = "http://localhost:" + bot.port();
        bot.admin().putJson("/api/groups/tw-nanguan", "{\"chatId\":\"wrScreensNanguan\",\"webhookKey\":"
                + "\"key-screens-nanguan\",\"ownerUserId\":\"owner.nanguan\"}");
        bot.admin().postJson("/api/staff", "{\"userId\":\"ng.screens\",\"name\":\"南关街道 周屏\","
                + "\"departmentCode\":\"office-nanguan\",\"role\":\"STAFF\"}");
        WeComDriver driver = new WeComDriver(bot.port(), wecom.baseUrl());
        var sent = driver.groupMessage("wrScreensNanguan", "owner.wang",
                "我们小区门口胡同里堆了好多垃圾,路灯也坏了三天了,麻烦街道尽快管管,这是一条很长的消息用来看看手机上会不会撑宽页面");
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
    void asAdministratorAtADesk() {
        browser.manage().window().setSize(DESK);
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(BotInstance.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, WAIT);
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void screenshot(String name) throws IOException {
        Path shots = Paths.get("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theAuditPageShowsWhoChangedWhatNewestFirst() throws IOException {
        browser.findElement(By.cssSelector("nav.topnav")).findElement(By.linkText("操作记录")).click();
        waiting().until(ExpectedConditions.urlContains("/audit"));

        List<WebElement> entries = browser.findElements(By.cssSelector("#audit tbody tr.audit-entry"));
        assertThat(entries).hasSizeGreaterThanOrEqualTo(2);
        String table = browser.findElement(By.id("audit")).getText();
        assertThat(table).contains("admin", "修改群绑定", "tw-nanguan", "webhook key: 已更改", "添加工作人员", "ng.screens")
                .doesNotContain("key-screens-nanguan");
        // Newest first: the staff member was added after the binding.
        List<String> targets = entries.stream().map(e -> e.findElement(By.className("target")).getText()).toList();
        assertThat(targets.indexOf("ng.screens")).isNotNegative().isLessThan(targets.lastIndexOf("tw-nanguan"));
        screenshot("audit-1400.png");

        browser.manage().window().setSize(PHONE);
        browser.navigate().refresh();
        assertThat(fitsTheScreen()).as("/audit at 390 px").isTrue();
        // On a phone each entry is a card: no header row, the cells one under the other.
        assertThat(browser.findElement(By.cssSelector("#audit thead")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("#audit tbody tr.audit-entry td.detail")).getCssValue("display"))
                .isEqualTo("block");
        screenshot("audit-390.png");
    }

    @Test
    void onAPhoneEveryPageOfTheNavigationFitsTheScreenAndTheMenuFolds() throws IOException {
        browser.manage().window().setSize(PHONE);
        browser.get(base + "/");
        WebElement menu = browser.findElement(By.cssSelector("nav.topnav .menu-toggle"));
        WebElement links = browser.findElement(By.cssSelector("nav.topnav .nav-links"));
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(links.isDisplayed()).isFalse();
        menu.click();
        assertThat(links.isDisplayed()).isTrue();
        screenshot("menu-390.png");

        Set<String> pages = new LinkedHashSet<>();
        for (WebElement a : browser.findElements(By.cssSelector("nav.topnav a"))) {
            pages.add(a.getAttribute("href"));
        }
        pages.add(base + "/appeals/" + number);
        pages.add(base + "/rules/catalogue");
        pages.add(base + "/rules/catalogue/street-lights");
        assertThat(pages).hasSizeGreaterThanOrEqualTo(12);
        List<String> tooWide = new ArrayList<>();
        for (String page : pages) {
            browser.get(page);
            waiting().until(d -> "complete".equals(js("return document.readyState")));
            assertThat(browser.findElements(By.tagName("h1"))).as(page).isNotEmpty();
            if (!fitsTheScreen()) {
                tooWide.add(page + " " + js(
                        "return document.scrollingElement.scrollWidth + ' > ' + window.innerWidth"));
            }
            screenshot("phone-" + page.replace(base, "").replaceAll("[^a-z0-9]+", "_") + ".png");
        }
        assertThat(tooWide).isEmpty();

        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        assertThat(fitsTheScreen()).as("/login at 390 px").isTrue();
    }

    private static boolean fitsTheScreen() {
        return (Boolean) js("return document.scrollingElement.scrollWidth <= window.innerWidth");
    }

    @Test
    void theRulesTryBoxShowsWhatIntakeWouldMakeOfASentence() throws IOException {
        browser.get(base + "/rules");
        browser.findElement(By.cssSelector("#try-form textarea[name=text]"))
                .sendKeys("我们店门口的路灯坏了三天了, 晚上黑乎乎的, 麻烦尽快修一下");
        browser.findElement(By.cssSelector("#try-form button[type=submit]")).click();

        WebElement department = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#try-result .try-department")));
        assertThat(browser.findElement(By.cssSelector("#try-result .try-appeal")).getText()).startsWith("是");
        assertThat(browser.findElement(By.cssSelector("#try-result .try-speaker")).getText()).isEqualTo("企业 (群成员)");
        assertThat(browser.findElement(By.cssSelector("#try-result .try-act")).getText()).isEqualTo("提出诉求");
        assertThat(browser.findElement(By.cssSelector("#try-result .try-category")).getText()).isNotBlank()
                .isNotEqualTo("—");
        assertThat(department.getText()).isNotBlank().isNotEqualTo("—");
        assertThat(browser.findElement(By.cssSelector("#try-result .try-due")).getText())
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d.*");
        screenshot("rules-try.png");
    }

    @Test
    void aCatalogueWorkbookUploadedOnThePageIsMeasuredThenImportedAfterAsking() throws Exception {
        byte[] exported = bot.admin().getBytes("/rules/catalogue.xlsx").body();
        Path edited = Files.createTempFile("catalogue", ".xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(exported));
             var out = Files.newOutputStream(edited)) {
            for (var row : book.getSheet("派单事项")) {
                if ("street-lights".equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(1).setCellValue("城区路灯 (浏览器导入)");
                }
            }
            book.write(out);
        }
        browser.get(base + "/rules/catalogue");
        browser.findElement(By.cssSelector("#import-catalogue input[type=file]")).sendKeys(edited.toString());
        browser.findElement(By.cssSelector("#import-catalogue button[type=submit]")).click();

        WebElement plan = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-plan")));
        assertThat(plan.getText()).contains("新增事项 0 个, 修改 1 个, 删除 0 个");
        assertThat(browser.findElement(By.id("measure-all")).getText()).contains("条正确");
        assertThat(bot.db().queryForObject("SELECT name FROM responsibility_matter WHERE code = 'street-lights'",
                String.class)).isEqualTo("城区路灯");

        browser.findElement(By.cssSelector("#import-confirm button[type=submit]")).click();
        Alert asked = waiting().until(ExpectedConditions.alertIsPresent());
        assertThat(asked.getText()).contains("替换整个派单目录");
        asked.accept();
        WebElement notice = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.ok")));
        assertThat(notice.getText()).contains("已导入派单目录", "修改 1 个");
        assertThat(bot.db().queryForObject("SELECT name FROM responsibility_matter WHERE code = 'street-lights'",
                String.class)).isEqualTo("城区路灯 (浏览器导入)");
        Files.delete(edited);
    }

    @Test
    void aDeleteAsksFirstAndDoesNothingWhenDeclined() throws IOException {
        bot.admin().postForm("/rules/keywords", Map.of("category", "license", "keyword", "确认删除词", "weight", "5"));
        browser.get(base + "/rules?category=license");
        By row = By.xpath("//section[@id='keywords']//tr[td[1][text()='确认删除词']]");
        browser.findElement(row).findElement(By.cssSelector("button[type=submit]")).click();

        Alert asked = waiting().until(ExpectedConditions.alertIsPresent());
        assertThat(asked.getText()).contains("删除关键词「确认删除词」");
        asked.dismiss();
        assertThat(browser.findElements(row)).hasSize(1);
        assertThat(bot.admin().get("/api/audit?size=1").body()).doesNotContain("删除关键词");

        browser.findElement(row).findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.ok")));
        assertThat(browser.findElements(row)).isEmpty();
        assertThat(bot.admin().get("/api/audit?size=1").body()).contains("删除关键词", "确认删除词");
    }

    @Test
    void clearingAWebhookKeyAndReplacingAYearsCalendarAskFirst() {
        browser.get(base + "/groups");
        WebElement form = browser.findElement(By.cssSelector("#group-tw-nanguan form"));
        form.findElement(By.name("clearWebhookKey")).click();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Alert clear = waiting().until(ExpectedConditions.alertIsPresent());
        assertThat(clear.getText()).contains("清除", "webhook key");
        clear.dismiss();
        assertThat(browser.findElement(By.cssSelector("#group-tw-nanguan .webhook-key")).getText()).isNotBlank();

        browser.get(base + "/calendar");
        browser.findElement(By.cssSelector("#import-form input[name=year]")).clear();
        browser.findElement(By.cssSelector("#import-form input[name=year]")).sendKeys("2027");
        browser.findElement(By.cssSelector("#import-form textarea")).sendKeys("元旦: 2027-01-01 放假");
        browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
        Alert replace = waiting().until(ExpectedConditions.alertIsPresent());
        assertThat(replace.getText()).contains("替换 2027 年");
        replace.dismiss();
        assertThat(browser.getCurrentUrl()).endsWith("/calendar");
    }

    @Test
    void theGroupPageSetsTheBindingMode() {
        browser.get(base + "/groups");
        WebElement form = browser.findElement(By.cssSelector("#group-tw-dabeijie form"));
        form.findElement(By.name("chatId")).sendKeys("wrScreensDabeijie");
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("binding"))).selectByValue("APPCHAT");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.ok")));
        assertThat(browser.findElement(By.cssSelector("#group-tw-dabeijie")).getText()).contains("APPCHAT");
    }

    @Test
    void theStaffSearchHidesTheRowsThatDoNotMatch() {
        browser.manage().window().setSize(PHONE);
        browser.get(base + "/staff");
        browser.findElement(By.id("staff-search")).sendKeys("周屏");
        List<WebElement> shown = browser.findElements(By.cssSelector("#staff tbody tr")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).getText()).contains("ng.screens");
        assertThat(fitsTheScreen()).isTrue();
    }

    @Test
    void approvingAnExtensionIsOfferedOnlyWhileOneWaits() {
        bot.admin().postForm("/appeals/" + number + "/accept", Map.of());
        browser.get(base + "/appeals/" + number);
        assertThat(browser.findElements(By.id("action-extend"))).hasSize(1);
        assertThat(browser.findElements(By.id("action-approve-extension"))).isEmpty();

        bot.admin().postForm("/appeals/" + number + "/extend", Map.of("days", "3", "note", "需要协调供电公司"));
        browser.get(base + "/appeals/" + number);
        assertThat(browser.findElements(By.id("action-approve-extension"))).hasSize(1);
        assertThat(bot.admin().get("/api/audit?size=1").body()).contains("诉求申请延期", number, "待批延期 (工作日): (空) → 3");
    }
}
