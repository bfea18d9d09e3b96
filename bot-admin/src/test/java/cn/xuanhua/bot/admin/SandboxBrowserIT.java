package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.Browser;
import cn.xuanhua.bot.admin.support.EmbeddedBot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox as a new user meets it, in headless Chromium on the embedded default: log in, write a request in a
 * township group as a business owner, see the bot answer there; accept it as the department's staff in their
 * private chat with the app; see the group told.
 */
class SandboxBrowserIT {
    private static final String PASSWORD = "browser-it-pass";
    private static ConfigurableApplicationContext app;
    private static WebDriver browser;
    private static String base;

    @TempDir
    static Path data;

    @BeforeAll
    static void start() {
        app = EmbeddedBot.start(data, "--bot.admin.password=" + PASSWORD, "--bot.workers.poll-interval=PT0.2S");
        base = "http://localhost:" + EmbeddedBot.port(app);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        app.close();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static void open(String window) {
        browser.findElement(By.cssSelector(".windows li[data-window='" + window + "']")).click();
    }

    private static void say(String speakerUserId, String text) {
        waiting().until(d -> d.findElements(By.cssSelector("#speaker option[value='" + speakerUserId + "']")).size() > 0);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("speaker"))).selectByValue(speakerUserId);
        WebElement input = browser.findElement(By.id("text"));
        input.sendKeys(text);
        browser.findElement(By.cssSelector("#say button")).click();
    }

    private static WebElement botLineContaining(String text) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[contains(@class,'line') and contains(@class,'bot')]//div[@class='body'][contains(., '" + text + "')]")));
    }

    /** Opens the sandbox, logging in as admin when the browser has no session yet. */
    private static void openSandbox() {
        browser.get(base + "/sandbox");
        if (browser.getCurrentUrl().endsWith("/login")) {
            browser.findElement(By.name("username")).sendKeys("admin");
            browser.findElement(By.name("password")).sendKeys(PASSWORD);
            browser.findElement(By.cssSelector("form button[type=submit]")).click();
        }
        waiting().until(ExpectedConditions.urlContains("/sandbox"));
    }

    @Test
    void aNewUserPlaysTheLoopFromAskingToAcceptanceInTheSandbox() throws Exception {
        openSandbox();

        open("group:tw-nanguan");
        say("zhang.laoban", "我们小区门口胡同里堆了好多垃圾,路灯也坏了三天了,麻烦街道尽快管管");
        String registered = botLineContaining("诉求已登记").getText();
        assertThat(registered).contains("南关街道", "办理期限");
        String number = registered.replaceAll("(?s).*?(XH\\d{8}-\\d{4}).*", "$1");

        open("user:office-nanguan.staff");
        botLineContaining("新诉求待受理");
        say("office-nanguan.staff", "受理 " + number);
        botLineContaining("已受理");

        open("group:tw-nanguan");
        assertThat(botLineContaining("诉求已受理").getText()).contains(number).doesNotContain("南关街道 南关街道");

        // The phone page: the sandbox stands in for WeCom's authorize page and lets the administrator choose whom to be.
        browser.get(base + "/m");
        waiting().until(ExpectedConditions.urlContains("/sandbox/wecom-oauth"));
        browser.findElement(By.xpath("//a[contains(@class,'card')][.//span[text()='南关街道·工作人员']]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
        assertThat(browser.findElement(By.id("queue")).getText()).contains(number, "张老板");
        Path shots = Paths.get("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("sandbox-loop.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theClerkGetsTheNewAppealAsACardAndAClickOnItsButtonAcceptsIt() throws Exception {
        openSandbox();
        // Another group and clerk than the typed loop's, so the two tests never read each other's lines.
        open("group:tw-huangcheng");
        say("li.jingli", "我们店门口胡同里堆了好多垃圾,路灯也坏了两天了,麻烦街道尽快管管");
        String registered = botLineContaining("诉求已登记").getText();
        assertThat(registered).contains("皇城");
        String number = registered.replaceAll("(?s).*?(XH\\d{8}-\\d{4}).*", "$1");

        open("user:office-huangcheng.staff");
        WebElement card = waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(@class,'line') and contains(@class,'card')][contains(., '" + number + "')]")));
        assertThat(card.findElements(By.cssSelector("button.card-button"))).extracting(WebElement::getText)
                .containsExactly("受理", "退回", "转办");
        card.findElement(By.xpath(".//button[text()='受理']")).click();

        WebElement done = waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(@class,'line') and contains(@class,'card')][contains(., '" + number + "')]"
                        + "//span[@class='card-done']")));
        assertThat(done.getText()).startsWith("已受理 · ");
        assertThat(browser.findElements(By.xpath("//div[contains(@class,'line') and contains(@class,'card')]"
                + "[contains(., '" + number + "')]//button"))).as("the card's buttons are gone").isEmpty();
        open("group:tw-huangcheng");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//div[contains(@class,'line') and "
                + "contains(@class,'bot')]//div[@class='body'][contains(., '诉求已受理')][contains(., '" + number + "')]")));
        Path shots = Paths.get("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("sandbox-card.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
