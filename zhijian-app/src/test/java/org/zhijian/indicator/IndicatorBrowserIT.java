package org.zhijian.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.HeadlessChromium;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.Role;

/** A prefecture officer follows an indicator on the chart and the map and records the prefecture's value. */
@IntegrationTest
class IndicatorBrowserIT {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rounds rounds;

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

    @Test
    void aPrefectureOfficerSeesTheChartAndMapAndRecordsAValue() {
        long forest = jdbc.sql("select id from indicator where plan_code = 'HN-14' and no = 24")
                .query(Long.class)
                .single();
        jdbc.sql("delete from indicator_value where indicator_id = ? and region_code = '430300'")
                .param(forest)
                .update();
        if (rounds.rounds("HN-14").stream().noneMatch(r -> r.year() == 2024)) {
            java.time.LocalDate today = java.time.LocalDate.now();
            org.zhijian.platform.access.CurrentActor.runAs(
                    org.zhijian.platform.access.Actor.system("it"),
                    () -> rounds.open("HN-14", 2024, today.minusDays(1), today.plusDays(30)));
        }
        HeadlessChromium.signIn(
                browser, port, accounts, "ui-indicator-xiangtan", Role.PREFECTURE_OFFICER, "430300", null);
        browser.get("http://localhost:" + port + "/indicators?region=430300");
        browser.findElement(By.linkText("森林覆盖率")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.attributeToBeNotEmpty(
                browser.findElement(By.id("indicator-chart")), "data-rendered"));
        wait.until(ExpectedConditions.attributeToBe(By.id("indicator-map"), "data-rendered", "14"));
        assertThat(browser.findElements(By.cssSelector("#indicator-map canvas")))
                .isNotEmpty();
        assertThat(browser.findElement(By.id("indicator-status")).getText()).isEqualTo("无数据");

        browser.findElement(By.name("year")).clear();
        browser.findElement(By.name("year")).sendKeys("2024");
        browser.findElement(By.name("value")).sendKeys("58.2");
        HeadlessChromium.submitAndWait(browser, By.cssSelector("#value-form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("已填报 2024 年的值");
        assertThat(browser.findElement(By.id("indicator-latest")).getText()).startsWith("58.20");
        assertThat(browser.findElement(By.id("indicator-status")).getText()).isEqualTo("预警");
        assertThat(browser.findElement(By.id("indicator-history")).getText()).contains("ui-indicator-xiangtan");
        HeadlessChromium.screenshot(browser, "indicator-forest");
    }
}
