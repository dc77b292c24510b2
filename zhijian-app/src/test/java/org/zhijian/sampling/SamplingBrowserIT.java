package org.zhijian.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhijian.HeadlessChromium;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.Role;
import org.zhijian.account.TestAccounts;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;

/** A prefecture officer runs a sampling batch in a real browser: plan, draw, confirm, verify, record, result, notice. */
@IntegrationTest
class SamplingBrowserIT {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    ClassificationManagement classification;

    @Autowired
    SamplingManagement sampling;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(HeadlessChromium.available(), "Debian chromium and chromium-driver");
        browser = HeadlessChromium.start();
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

    /**
     * Waits up to 15 s; an element read while htmx swaps it out ("does not belong to the document", Chromium's form of a
     * stale element) is read again rather than failing the test.
     */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    @Test
    void aPrefectureOfficerRunsABatchFromPlanToNotification() {
        SamplingWorld world = SamplingWorld.create(accounts, enterprises, classification);
        CurrentActor.runAs(
                Actor.system("it"),
                () -> sampling.addTemplate(new ItemSpec(
                        world.category, "苯甲酸", "GB 2760-2024", "g/kg", "MAX", null, new BigDecimal("1.0"), null, "A")));
        TestAccounts.token(accounts, "browser-changsha", Role.PREFECTURE_OFFICER, "430100", null);
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys("browser-changsha");
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.id("current-user"), "data-username", "browser-changsha"));

        open("/sampling/plans/new");
        browser.findElement(By.name("batch")).sendKeys("浏览器" + world.category);
        browser.findElement(By.name("title")).sendKeys("长沙市食品浏览器抽查");
        browser.findElement(By.name("institution")).sendKeys("长沙市检验所");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("categories")))
                .selectByValue(world.category);
        browser.findElement(By.name("target_430102")).sendKeys("2");
        browser.findElement(By.name("target_430103")).sendKeys("1");
        HeadlessChromium.screenshot(browser, "sampling-plan-form");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("run-draw")));
        assertThat(browser.findElement(By.id("targets")).getText())
                .contains("芙蓉区")
                .contains("天心区");

        browser.findElement(By.name("seed")).sendKeys("424242");
        browser.findElement(By.id("run-draw")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("draw-status"), "待确认"));
        assertThat(browser.findElements(By.cssSelector("#selections tbody tr"))).hasSize(3);
        browser.findElement(By.id("confirm")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("draw-status"), "已确认"));
        browser.findElement(By.id("verify")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("verification"), "复核一致"));
        HeadlessChromium.screenshot(browser, "sampling-draw");

        browser.findElement(By.linkText("填写抽样单")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("save-record")));
        browser.findElement(By.name("sampleName")).sendKeys("果汁饮料");
        browser.findElement(By.name("quantity")).sendKeys("6 瓶");
        browser.findElement(By.name("manufacturerName")).sendKeys("湖南某饮品有限公司");
        browser.findElement(By.id("save-record")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("enter-results")));
        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("待检验");

        browser.findElement(By.name("reportNo")).sendKeys("CS-B-1");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "document.querySelector('input[name=reportDate]').value = arguments[0]",
                        java.time.LocalDate.now().toString());
        browser.findElement(By.cssSelector("input[name^=item_]")).sendKeys("1.8");
        HeadlessChromium.submitAndWait(browser, By.id("enter-results"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "不合格"));
        assertThat(browser.findElement(By.id("results")).getText()).contains("1.8 超过上限 1");

        HeadlessChromium.submitAndWait(browser, By.id("notify"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("deadlines"), "整改期限"));
        HeadlessChromium.screenshot(browser, "sampling-record");
        assertThat(browser.findElement(By.id("deadlines")).getText())
                .contains("复检申请期限")
                .contains("复查期限");

        open("/sampling/statistics?by=region");
        waiting()
                .until(ExpectedConditions.attributeToBeNotEmpty(
                        browser.findElement(By.id("pass-rate-map")), "data-regions"));
        waiting()
                .until(ExpectedConditions.attributeToBeNotEmpty(
                        browser.findElement(By.id("pass-rate-chart")), "data-groups"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("长沙市");
        assertThat(browser.findElement(By.id("pass-rates")).getText()).contains("芙蓉区");
        HeadlessChromium.screenshot(browser, "sampling-statistics");
    }
}
