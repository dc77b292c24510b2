package org.zhijian.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.HeadlessChromium;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.Role;
import org.zhijian.complaint.ComplaintManagement;
import org.zhijian.platform.access.CurrentActor;

/** A warning's whole lifecycle in a real browser, by a county officer and, after escalation, the prefecture. */
@IntegrationTest
class WarningBrowserIT {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Warnings warnings;

    @Autowired
    RiskMonitoring monitoring;

    @Autowired
    ComplaintManagement complaints;

    @Autowired
    JdbcClient jdbc;

    private final String tag = Long.toString(System.nanoTime(), 36);

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

    private void signInAs(String username, Role role, String region) {
        HeadlessChromium.signIn(browser, port, accounts, username, role, region, null);
    }

    /** Clicks a submit button and waits for the next page. */
    private void submit(By button) {
        HeadlessChromium.submitAndWait(browser, button);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void aCountyWarningIsEscalatedAssessedActedOnAndClosedByThePrefecture() throws Exception {
        signInAs("ui-risk-county", Role.COUNTY_OFFICER, RiskWorld.COUNTY);
        open("/risk/warnings");
        browser.findElement(By.linkText("登记预警")).click();
        browser.findElement(By.name("title")).sendKeys("电动自行车电池起火 " + tag);
        new Select(browser.findElement(By.name("regionCode"))).selectByValue(RiskWorld.COUNTY);
        browser.findElement(By.name("categoryCode")).sendKeys(RiskWorld.CATEGORY);
        new Select(browser.findElement(By.name("preliminaryLevel"))).selectByValue("HIGH");
        browser.findElement(By.name("description")).sendKeys("县局 12315 接报多起充电起火");
        submit(By.cssSelector("#warning-form button[type=submit]"));
        assertThat(text("warning-status")).isEqualTo("待研判");
        assertThat(text("warning-handling")).isEqualTo("县区");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/", ""));

        jdbc.sql("update risk_warning set due_at = now() - interval '1 hour' where id = ?")
                .param(id)
                .update();
        CurrentActor.runAs(RiskWorld.PROVINCE, warnings::escalateOverdue);
        browser.navigate().refresh();
        assertThat(text("warning-handling")).isEqualTo("市州（逾期升级 1 次）");
        browser.findElement(By.name("d1")).sendKeys("充电起火");
        browser.findElement(By.name("p1")).sendKeys("保护板失效 1/10");
        submit(By.cssSelector("#assess-form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("由市州办理");
        assertThat(text("warning-status")).isEqualTo("待研判");

        signInAs("ui-risk-prefecture", Role.PREFECTURE_OFFICER, RiskWorld.PREFECTURE);
        assertThat(browser.findElement(By.cssSelector("#nav-notifications .badge"))
                        .getText())
                .isNotEmpty();
        open("/risk/warnings");
        browser.findElement(By.linkText(jdbc.sql("select warning_no from risk_warning where id = ?")
                        .param(id)
                        .query(String.class)
                        .single()))
                .click();
        browser.findElement(By.name("d1")).sendKeys("充电时电池起火，烧伤使用者");
        new Select(browser.findElement(By.name("s1"))).selectByValue("3");
        browser.findElement(By.name("p1")).sendKeys("电池过充保护失效 1/10\n起火时有人在旁 1/2");
        submit(By.cssSelector("#assess-form button[type=submit]"));
        assertThat(text("warning-status")).isEqualTo("已研判");
        assertThat(text("warning-level")).isEqualTo("严重");
        assertThat(text("scenarios")).contains("0.05");

        new Select(browser.findElement(By.name("kind"))).selectByValue("CONSUMER_ALERT");
        browser.findElement(By.cssSelector("#measure-form [name=title]")).sendKeys("谨慎选购电动自行车电池 " + tag);
        browser.findElement(By.cssSelector("#measure-form [name=detail]")).sendKeys("请选购有3C认证的电池，勿整夜充电。");
        submit(By.cssSelector("#measure-form button[type=submit]"));
        assertThat(text("warning-status")).isEqualTo("处置中");
        submit(By.xpath("//button[text()='发布']"));
        assertThat(text("measure-list")).contains("已发布");

        browser.findElement(By.cssSelector("#close-form [name=conclusion]")).sendKeys("电池已下架，消费提示已发布");
        submit(By.cssSelector("#close-form button[type=submit]"));
        assertThat(text("warning-status")).isEqualTo("已办结");
        assertThat(text("history")).contains("升级至市州").contains("研判为严重风险").contains("办结");
        HeadlessChromium.screenshot(browser, "warning-closed");

        String alerts = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/public/consumer-alerts?q=" + tag))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(alerts).contains("谨慎选购电动自行车电池");
    }

    @Test
    void aSignalShowsItsSeriesWithTheThresholdAndTheComplaintsBehindItAndTheHeatMapShowsTheCounty() {
        RiskWorld.seed(complaints);
        CurrentActor.runAs(RiskWorld.PROVINCE, () -> monitoring.run(RiskWorld.WEEK));
        signInAs("ui-risk-pref-signals", Role.PREFECTURE_OFFICER, RiskWorld.PREFECTURE);
        open("/risk/signals?week=" + RiskWorld.WEEK + "&region=" + RiskWorld.COUNTY + "&open=false");
        assertThat(text("signals")).contains("辰溪县").contains("电动自行车锂离子电池");
        browser.findElement(By.cssSelector("#signals tbody tr:not(.muted) a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.attributeToBeNotEmpty(
                        browser.findElement(By.id("detection-chart")), "data-rendered"));
        assertThat(text("signal-observed")).isEqualTo(Integer.toString(RiskWorld.OUTBREAK));
        assertThat(browser.findElements(By.cssSelector("#signal-records tbody tr")))
                .hasSize(RiskWorld.OUTBREAK);
        assertThat(browser.findElement(By.id("detection-chart")).getAttribute("data-labels"))
                .contains(RiskWorld.WEEK);

        open("/risk/heat?week=" + RiskWorld.WEEK + "&level=COUNTY");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.attributeToBeNotEmpty(
                        browser.findElement(By.id("heat-map")), "data-rendered"));
        assertThat(text("heat-table")).contains("辰溪县");
        HeadlessChromium.screenshot(browser, "risk-heat");
    }
}
