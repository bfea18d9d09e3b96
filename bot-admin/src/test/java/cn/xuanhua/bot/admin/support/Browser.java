package cn.xuanhua.bot.admin.support;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.time.Duration;

/**
 * Headless Debian Chromium through its own ChromeDriver (installed by scripts/test; nothing is downloaded). The
 * flags keep Chromium off the network, which this machine does not have anyway.
 */
public final class Browser {
    private Browser() {
    }

    public static WebDriver start() {
        return start(1400, 1000);
    }

    /** A phone's screen: 390 px wide, as an iPhone 12–15 shows a page inside WeCom. */
    public static WebDriver phone() {
        ChromeOptions options = options(390, 844);
        // A phone's layout viewport: 980 px wide unless the page says width=device-width, as on a real phone.
        options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                java.util.Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true)));
        return start(options);
    }

    private static WebDriver start(int width, int height) {
        return start(options(width, height));
    }

    private static WebDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(env("CHROMEDRIVER", "/usr/bin/chromedriver"))).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofMillis(0));
        return driver;
    }

    private static ChromeOptions options(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(env("CHROMIUM_BINARY", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height, "--lang=zh-CN");
        return options;
    }

    /**
     * Until {@code element} has left the page, as {@code ExpectedConditions.stalenessOf} but also when Chromium, asked
     * about an element of a page it is replacing, answers "Node with given id does not belong to the document" (an
     * inspector error, not a stale-element error, which stalenessOf lets through and fails on).
     */
    public static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
