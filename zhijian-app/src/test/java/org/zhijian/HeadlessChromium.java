package org.zhijian;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium for browser tests; {@link #available()} says whether it is installed. */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {}

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    public static WebDriver start() {
        return start(null);
    }

    /** A browser emulating a phone's screen of this width in CSS pixels (headless windows are at least 500 wide). */
    public static WebDriver startNarrow(int width) {
        return start(
                java.util.Map.of("deviceMetrics", java.util.Map.of("width", width, "height", 800, "pixelRatio", 1)));
    }

    private static WebDriver start(java.util.Map<String, Object> mobileEmulation) {
        ChromeOptions options = new ChromeOptions();
        if (mobileEmulation != null) {
            options.setExperimentalOption("mobileEmulation", mobileEmulation);
        }
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1000",
                "--lang=zh-CN");
        return new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER.toFile())
                        .build(),
                options);
    }

    /**
     * The serious and critical WCAG 2.1 A/AA violations axe-core finds on the current page, one line per rule with
     * its first elements ({@code src/test/resources/axe}, axe-core 4.10.3).
     */
    @SuppressWarnings("unchecked")
    public static java.util.List<String> accessibilityViolations(WebDriver browser) {
        var js = (org.openqa.selenium.JavascriptExecutor) browser;
        try (var in = HeadlessChromium.class.getResourceAsStream("/axe/axe.min.js")) {
            js.executeScript(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        Object found = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(function (r) {
                    done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                      .map(function (v) { return v.id + ' ×' + v.nodes.length + ': ' + v.nodes.slice(0, 3)
                        .map(function (n) { return n.target.join(' '); }).join(' | '); }));
                  }, function (e) { done(['axe failed: ' + e]); });""");
        return (java.util.List<String>) found;
    }

    /** Keeps what the browser showed in {@code target/screenshots} for people to look at. */
    public static void screenshot(WebDriver browser, String name) {
        try {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Creates the test account if needed, signs out whoever is signed in, and signs in through the form. */
    public static void signIn(
            WebDriver browser,
            int port,
            org.zhijian.account.AccountManagement accounts,
            String username,
            org.zhijian.account.Role role,
            String region,
            String uscc) {
        org.zhijian.account.TestAccounts.token(accounts, username, role, region, uscc);
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(org.zhijian.account.TestAccounts.PASSWORD);
        browser.findElement(org.openqa.selenium.By.id("sign-in")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe(
                        org.openqa.selenium.By.id("current-user"), "data-username", username));
    }

    /**
     * Clicks a button that submits a form and waits for the next page: until the current page's root is gone (Chrome
     * reports that either as a stale element or as a node outside the document).
     */
    public static void submitAndWait(WebDriver browser, org.openqa.selenium.By button) {
        org.openqa.selenium.WebElement page = browser.findElement(org.openqa.selenium.By.tagName("html"));
        browser.findElement(button).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }
}
