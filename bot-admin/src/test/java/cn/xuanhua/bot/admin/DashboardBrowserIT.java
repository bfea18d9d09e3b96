package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.Browser;
import cn.xuanhua.bot.admin.support.ProdProfileContext;
import cn.xuanhua.bot.admin.support.ScriptedMonth;
import cn.xuanhua.bot.core.appeal.Appeals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard and the month report in headless Chromium at a desk (1400 px) and on a phone (390 px), on the
 * scripted month moved to September 2024: 2024-W36 has 科技局's two appeals (one answered late and overdue at the
 * week's end), 2024-W37 南关街道's one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIT extends ProdProfileContext {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PREFIX = "DBIT";
    private WebDriver browser;
    private String base;

    @Autowired
    Appeals appeals;

    @BeforeAll
    void start() {
        ScriptedMonth.store(appeals, PREFIX, 52);
        browser = Browser.start();
        base = "http://localhost:" + port;
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void loggedIn() {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login");
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void width(int px) {
        browser.manage().window().setSize(new Dimension(px, 1000));
    }

    @ParameterizedTest
    @ValueSource(ints = {1400, 390})
    void theWeekAndGroupPickersChangeTheFiguresAndTheRankings(int px) throws IOException {
        width(px);
        browser.get(base + "/?week=2024-W36");
        assertThat(text("shown-week")).isEqualTo("2024-W36");
        assertThat(text("count-created")).isEqualTo("2");
        WebElement science = row("ranking-departments", "science");
        assertThat(science.getText()).contains("科技局");
        assertThat(science.findElement(By.cssSelector("a.created")).getText()).isEqualTo("2");
        assertThat(science.findElement(By.cssSelector("a.response")).getText()).isEqualTo("50.0%");
        assertThat(science.findElement(By.cssSelector("a.overdue")).getText()).isEqualTo("1");
        screenshot("dashboard-w36-" + px + ".png");

        // The week picker: the next week has 南关街道's appeal only.
        pickWeek("2024-W37");
        waiting().until(ExpectedConditions.urlContains("week=2024-W37"));
        assertThat(text("shown-week")).isEqualTo("2024-W37");
        assertThat(text("count-created")).isEqualTo("1");
        assertThat(row("ranking-townships", "office-nanguan").getText()).contains("南关街道");
        assertThat(browser.findElements(By.cssSelector("#ranking-departments tr[data-code=science] a.created")))
                .allSatisfy(a -> assertThat(a.getText()).isEqualTo("0"));

        // The group picker: 科技型企业交流群 in W36 counts its own two appeals; 南关 in W36 none.
        pickWeek("2024-W36");
        new Select(browser.findElement(By.id("pick-group"))).selectByValue("ind-tech");
        browser.findElement(By.cssSelector("#pickers button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("group=ind-tech"));
        assertThat(text("scope-name")).contains("科技");
        assertThat(text("count-created")).isEqualTo("2");
        new Select(browser.findElement(By.id("pick-group"))).selectByValue("tw-nanguan");
        browser.findElement(By.cssSelector("#pickers button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("group=tw-nanguan"));
        assertThat(text("count-created")).isEqualTo("0");
        assertFitsTheScreen(px);
        screenshot("dashboard-group-" + px + ".png");
    }

    @ParameterizedTest
    @ValueSource(ints = {1400, 390})
    void clickingAFigureOpensTheAppealsBehindIt(int px) throws IOException {
        width(px);
        browser.get(base + "/?week=2024-W36");
        row("ranking-departments", "science").findElement(By.cssSelector("a.created")).click();
        waiting().until(ExpectedConditions.urlContains("/appeals?"));
        assertThat(browser.getCurrentUrl()).contains("departmentCode=science", "from=2024-09-02", "to=2024-09-08");
        assertThat(numbersListed()).containsExactlyInAnyOrder(PREFIX + "20240902-0001", PREFIX + "20240903-0002");
        assertThat(new Select(browser.findElement(By.name("departmentCode"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("science");
        screenshot("dashboard-click-created-" + px + ".png");

        // Overdue at the week's end: the one accepted late and never resolved.
        browser.navigate().back();
        row("ranking-departments", "science").findElement(By.cssSelector("a.overdue")).click();
        waiting().until(ExpectedConditions.urlContains("overdue=true"));
        assertThat(browser.getCurrentUrl()).contains("asOf=2024-09-09T00:00");
        assertThat(numbersListed()).containsExactly(PREFIX + "20240903-0002");

        // 办理中 at the week's end: the same one, open then.
        browser.navigate().back();
        WebElement open = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("count-open")));
        assertThat(open.getText()).startsWith("1");
        open.click();
        waiting().until(ExpectedConditions.urlContains("open=true"));
        assertThat(numbersListed()).containsExactly(PREFIX + "20240903-0002");

        // 满意率 leads to the week's ratings.
        browser.navigate().back();
        row("ranking-departments", "science").findElement(By.cssSelector("a.satisfaction")).click();
        waiting().until(ExpectedConditions.urlContains("on=rated"));
        assertThat(numbersListed()).containsExactly(PREFIX + "20240902-0001");
        assertFitsTheScreen(px);
    }

    @ParameterizedTest
    @ValueSource(ints = {1400, 390})
    void theHeatMapShowsWhereProblemsClusterAndItsCellsLeadToTheAppeals(int px) throws IOException {
        width(px);
        browser.get(base + "/?week=2024-W37");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#heatmap canvas")));
        browser.findElement(By.cssSelector("details.heat-table summary")).click();
        WebElement cell = browser.findElement(By.cssSelector("#heat-table a"));
        assertThat(cell.getText()).isEqualTo("1");
        cell.click();
        waiting().until(ExpectedConditions.urlContains("category=municipal"));
        assertThat(browser.getCurrentUrl()).contains("groupCode=tw-nanguan");
        assertThat(numbersListed()).containsExactly(PREFIX + "20240911-0003");
        screenshot("dashboard-heat-" + px + ".png");
    }

    @ParameterizedTest
    @ValueSource(ints = {1400, 390})
    void theMonthReportShowsAChartTheRankingsAndAQuarterOfThreeMonths(int px) throws IOException {
        width(px);
        // The navigation offers it (on a phone the menu may fold it away: then it is only present).
        WebElement link = browser.findElement(By.cssSelector("nav a[href$='/reports']"));
        if (px > 600) {
            link.click();
            waiting().until(ExpectedConditions.urlContains("/reports"));
            assertThat(text("shown-period")).matches("\\d{4}-\\d{2}");
        }
        browser.get(base + "/reports?month=2024-09");
        assertThat(text("shown-period")).isEqualTo("2024-09");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report-chart canvas")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#category-chart canvas")));
        WebElement science = row("ranking-departments", "science");
        assertThat(science.findElement(By.cssSelector("a.created")).getText()).isEqualTo("2");
        assertThat(row("ranking-townships", "office-nanguan").findElement(By.cssSelector("a.satisfaction")).getText())
                .isEqualTo("0.0%");
        assertThat(browser.findElement(By.id("download")).getAttribute("href"))
                .endsWith("/api/reports/monthly.xlsx?month=2024-09");
        assertFitsTheScreen(px);
        screenshot("reports-month-" + px + ".png");

        browser.get(base + "/reports?quarter=2024-Q3");
        assertThat(text("shown-period")).isEqualTo("2024-Q3");
        assertThat(browser.findElements(By.cssSelector("#quarter-months tbody tr"))).hasSize(3);
        assertThat(row("ranking-departments", "science").findElement(By.cssSelector("a.created")).getText())
                .isEqualTo("2");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report-chart canvas")));
        screenshot("reports-quarter-" + px + ".png");
    }

    @org.junit.jupiter.api.Test
    void badPickerValuesAre400WithTheReasonOnThePage() {
        for (String query : List.of("/?week=2024-W99", "/?week=abc", "/?group=nope", "/reports?month=2026-13",
                "/reports?quarter=2026-Q5")) {
            HttpResponse<String> page = admin().getHtml(query);
            assertThat(page.statusCode()).as(query).isEqualTo(400);
            assertThat(page.body()).as(query).contains("flash bad");
        }
        browser.get(base + "/?week=2024-W99");
        assertThat(text("picker-error")).contains("2024");
        assertThat(browser.findElements(By.id("ranking-departments")).size()
                + browser.findElements(By.cssSelector("main h2")).size()).isPositive();
    }

    private void pickWeek(String week) {
        WebElement input = browser.findElement(By.id("pick-week"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, week);
        browser.findElement(By.cssSelector("#pickers button[type=submit]")).click();
        // The next look-up must see the new page, not the one being left (a stale element otherwise).
        waiting().until(Browser.gone(input));
        waiting().until(ExpectedConditions.urlContains("week=" + week));
    }

    private WebElement row(String table, String code) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + table + " tr[data-code='" + code + "']")));
    }

    private List<String> numbersListed() {
        return browser.findElements(By.cssSelector("#appeals tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
    }

    private String text(String id) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText().strip();
    }

    /** The charts and tables of these pages stay inside the screen: wide tables scroll in their own box. */
    private void assertFitsTheScreen(int px) {
        Object overflowing = ((JavascriptExecutor) browser).executeScript(
                "const w = document.documentElement.clientWidth;"
                        + "return Array.from(document.querySelectorAll('main .chart, main .table-scroll, main .cards, main form'))"
                        + ".filter(e => e.getBoundingClientRect().right > w + 1).map(e => e.id || e.className);");
        assertThat((List<?>) overflowing).as("wider than %d px", px).isEmpty();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, WAIT);
    }

    private void screenshot(String name) throws IOException {
        Path shots = Paths.get("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
