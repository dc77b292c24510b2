package org.zhijian.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhijian.IntegrationTest;
import org.zhijian.enterprise.EnterpriseFixtures;
import org.zhijian.importing.ImportFiles;

/** What an officer does in a real browser (Debian's headless Chromium). */
@IntegrationTest
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "Debian chromium and chromium-driver");
        ChromeOptions options = new ChromeOptions();
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
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER.toFile())
                        .build(),
                options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    @Test
    void uploadsAFileWatchesItsProgressAndGetsTheReport() throws Exception {
        String good = EnterpriseFixtures.aCreditCode("430302");
        Path file = ImportFiles.csv(
                dir,
                "湘潭企业.csv",
                java.nio.charset.Charset.forName("GB18030"),
                false,
                List.of(
                        ImportFiles.HEADER,
                        good + ",湘潭雨湖浏览器测试有限公司,430302,存续,2019-03-05,小,14",
                        "9143,坏代码有限公司,430302,存续,,,"));
        open("/imports");

        browser.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.name("validOnly")).click();
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-status"), "已完成"));
        assertThat(browser.findElement(By.id("job-status")).getText())
                .contains("湘潭企业.csv")
                .contains("跳过有错误的 1 行");
        assertThat(browser.findElement(By.linkText("下载错误报告")).getAttribute("href"))
                .endsWith("/report");
    }

    @Test
    void showsChineseFieldErrorsWhenCreatingAnEnterprise() {
        open("/enterprises/new");

        browser.findElement(By.name("uscc")).sendKeys("914403001922038217");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();

        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("请填写企业名称").contains("请选择所属县市区");
        assertThat(browser.findElement(By.name("uscc")).getAttribute("value")).isEqualTo("914403001922038217");
    }

    @Test
    void findsAnEnterpriseByANameFragment() throws Exception {
        String code = EnterpriseFixtures.aCreditCode("430903");
        Path file = ImportFiles.csv(
                dir,
                "yiyang.csv",
                StandardCharsets.UTF_8,
                true,
                List.of(ImportFiles.HEADER, code + ",益阳赫山竹器浏览器检索有限公司,430903,存续,2019-03-05,小,20"));
        open("/imports");
        browser.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-status"), "已完成"));

        open("/enterprises");
        browser.findElement(By.name("q")).sendKeys("竹器浏览器检索");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();

        assertThat(browser.findElement(By.tagName("table")).getText())
                .contains("益阳赫山竹器浏览器检索有限公司")
                .contains("赫山区");
        browser.findElement(By.linkText("益阳赫山竹器浏览器检索有限公司")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("益阳赫山竹器浏览器检索有限公司");
    }
}
