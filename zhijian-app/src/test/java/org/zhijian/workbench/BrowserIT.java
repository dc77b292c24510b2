package org.zhijian.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhijian.IntegrationTest;
import org.zhijian.enterprise.EnterpriseFixtures;
import org.zhijian.importing.ImportFiles;

/** What an officer does in a real browser (Debian's headless Chromium). */
@IntegrationTest
class BrowserIT {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(org.zhijian.HeadlessChromium.available(), "Debian chromium and chromium-driver");
        browser = org.zhijian.HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.zhijian.account.AccountManagement accounts;

    private static void screenshot(String name) {
        org.zhijian.HeadlessChromium.screenshot(browser, name);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Signs out whoever is signed in, then signs in through the form. */
    private void signInAs(String username, org.zhijian.account.Role role, String region, String uscc) {
        org.zhijian.HeadlessChromium.signIn(browser, port, accounts, username, role, region, uscc);
    }

    @org.junit.jupiter.api.BeforeEach
    void signInAsAdministrator() {
        signInAs("it-admin", org.zhijian.account.Role.PROVINCE_ADMIN, null, null);
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
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "请填写企业名称"));

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
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("table"), "益阳赫山竹器浏览器检索有限公司"));

        assertThat(browser.findElement(By.tagName("table")).getText())
                .contains("益阳赫山竹器浏览器检索有限公司")
                .contains("赫山区");
        browser.findElement(By.linkText("益阳赫山竹器浏览器检索有限公司")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "益阳赫山竹器浏览器检索有限公司"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("益阳赫山竹器浏览器检索有限公司");
    }

    @Test
    void runsADetectionMethodOnAPastedSeriesAndDrawsTheChart() {
        open("/risk/detection");
        StringBuilder series = new StringBuilder("week_index,observed\n");
        for (int week = 1; week <= 60; week++) {
            series.append(week).append(',').append(week == 55 ? 12 : week % 3).append('\n');
        }
        browser.findElement(By.id("series")).sendKeys(series);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("method"))).selectByValue("earsC1");
        browser.findElement(By.id("params")).sendKeys("minSigma=0.5");
        browser.findElement(By.id("run")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.attributeToBe(By.id("detection-chart"), "data-rendered", "53"));
        screenshot("detection-earsC1");
        assertThat(browser.findElement(By.id("result")).getText()).contains("EARS C1（与前 7 期比较）：检测 53 周，报警 1 周");
        assertThat(browser.findElements(By.cssSelector("#detection-chart canvas")))
                .isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#weeks tr.alarm")).getText())
                .startsWith("55 12");
    }

    @Test
    void showsTheFourteenPrefecturesAndDrillsIntoChangsha() {
        open("/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.attributeToBe(By.id("map"), "data-regions", "14"));
        screenshot("dashboard-province");
        assertThat(browser.findElement(By.id("map-table")).getText())
                .contains("长沙市")
                .contains("湘西土家族苗族自治州");

        browser.findElement(By.cssSelector("#map-table button[data-code='430100']"))
                .click();

        wait.until(ExpectedConditions.attributeToBe(By.id("map"), "data-level", "county"));
        assertThat(browser.findElement(By.id("map")).getAttribute("data-regions"))
                .isEqualTo("9");
        assertThat(browser.findElement(By.id("map-table")).getText())
                .contains("芙蓉区")
                .contains("浏阳市");
        assertThat(browser.findElement(By.id("map-title")).getText()).contains("长沙市");
        screenshot("dashboard-changsha");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("map-measure"))).selectByValue("passRate");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("map-title"), "长沙市 · 各县市区抽查合格率"));
        assertThat(browser.findElement(By.id("map-value-head")).getText()).isEqualTo("合格率");
    }

    @Test
    void keepsACountyOfficerToTheirOwnCountyAndSignsOut() throws Exception {
        String elsewhere = org.zhijian.enterprise.EnterpriseFixtures.aCreditCode("430104");
        Path file = ImportFiles.csv(
                dir,
                "yuelu.csv",
                StandardCharsets.UTF_8,
                false,
                List.of(ImportFiles.HEADER, elsewhere + ",岳麓区浏览器越权测试有限公司,430104,存续,2019-03-05,小,14"));
        open("/imports");
        browser.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-status"), "已完成"));

        signInAs("it-furong", org.zhijian.account.Role.COUNTY_OFFICER, "430102", null);
        open("/enterprises/" + elsewhere);

        assertThat(browser.findElement(By.tagName("main")).getText()).contains("未找到企业");
        open("/enterprises?q=" + java.net.URLEncoder.encode("浏览器越权测试", StandardCharsets.UTF_8));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("共 0 家");
        browser.findElement(By.id("logout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("已安全退出");
    }

    @Test
    void showsAnEnterpriseUserOnlyTheirOwnEnterprise() throws Exception {
        String own = org.zhijian.enterprise.EnterpriseFixtures.aCreditCode("430102");
        String other = org.zhijian.enterprise.EnterpriseFixtures.aCreditCode("430102");
        Path file = ImportFiles.csv(
                dir,
                "furong.csv",
                StandardCharsets.UTF_8,
                false,
                List.of(
                        ImportFiles.HEADER,
                        own + ",芙蓉区企业用户自己有限公司,430102,存续,2019-03-05,小,14",
                        other + ",芙蓉区企业用户邻居有限公司,430102,存续,2019-03-05,小,14"));
        open("/imports");
        browser.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-status"), "已完成"));

        signInAs("it-enterprise-" + own.substring(10), org.zhijian.account.Role.ENTERPRISE, null, own);
        open("/enterprises");

        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("芙蓉区企业用户自己有限公司").contains("共 1 家").doesNotContain("邻居");
        open("/enterprises/" + other);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("未找到企业");
    }
}
