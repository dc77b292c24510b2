package org.zhijian.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;

/** What an officer sees of the pass rates in Chromium: readable charts, drill-down to samples, their own area. */
@IntegrationTest
class SamplingStatisticsBrowserIT {

    private static final int YEAR = 2016;
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

    @Autowired
    JdbcClient jdbc;

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

    /** 400 samples a year in 芙蓉区 and 天心区, about 93 % passing; returns the world's category and failures. */
    private long[] write(SamplingWorld world) {
        Plan plan = CurrentActor.runAs(
                Actor.system("it-stats-browser"),
                () -> sampling.createPlan(new PlanForm(
                        YEAR,
                        "图表" + world.category,
                        "图表测试",
                        PlanLevel.PROVINCE,
                        "430000",
                        "检验院",
                        List.of(world.category),
                        Map.of("430102", 1))));
        Random random = new Random(7);
        long[] counts = new long[2]; // [samples in YEAR, failures in YEAR]
        for (int year : new int[] {YEAR - 2, YEAR - 1, YEAR}) {
            for (int i = 0; i < 400; i++) {
                boolean passed = random.nextDouble() < 0.93 + 0.005 * (year - YEAR);
                String county = i % 2 == 0 ? "430102" : "430103";
                world.insertDecided(
                        jdbc,
                        plan.id(),
                        "SB-" + world.category + "-" + year + "-" + i,
                        county,
                        "430100",
                        LocalDate.of(year, 1 + i % 12, 1 + i % 28),
                        passed);
                if (year == YEAR) {
                    counts[0]++;
                    counts[1] += passed ? 0 : 1;
                }
            }
        }
        return counts;
    }

    @Test
    void theChartsReadWellAndACategoryDrillsIntoItsSamplesKeepingYearAndCategory() {
        SamplingWorld world = SamplingWorld.create(accounts, enterprises, classification);
        long[] counts = write(world);
        HeadlessChromium.signIn(browser, port, accounts, "it-stats-admin", Role.PROVINCE_ADMIN, null, null);
        open("/sampling/statistics?by=category&year=" + YEAR);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.attributeToBeNotEmpty(
                browser.findElement(By.id("pass-rate-chart")), "data-axis-min"));

        double axisMin =
                Double.parseDouble(browser.findElement(By.id("pass-rate-chart")).getAttribute("data-axis-min"));
        assertThat(axisMin)
                .as("the bars' axis starts near the rates, not at 0 %")
                .isGreaterThan(0.5);
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                var axis = echarts.getInstanceByDom(document.getElementById('trend-chart'))
                  .getModel().getComponent('yAxis').axis;
                return axis.getViewLabels().map(function (l) { return l.formattedLabel; });""");
        assertThat(labels).hasSizeGreaterThan(2).doesNotHaveDuplicates();
        assertThat(browser.findElement(By.id("pass-rate-chart")).getAttribute("data-drill"))
                .contains("year=" + YEAR)
                .endsWith("category=");
        HeadlessChromium.screenshot(browser, "statistics-by-category");

        browser.findElement(By.cssSelector("#pass-rates td:first-child a[href*='category=" + world.category + "']"))
                .click();
        wait.until(ExpectedConditions.urlContains("/sampling/records"));
        assertThat(browser.getCurrentUrl())
                .contains("category=" + world.category)
                .contains("year=" + YEAR);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("共 " + counts[0] + " 份抽样单");
        assertThat(browser.findElement(By.name("year")).getAttribute("value")).isEqualTo(String.valueOf(YEAR));
        assertThat(browser.findElement(By.name("category")).getAttribute("value"))
                .isEqualTo(world.category);

        open("/sampling/statistics?by=category&year=" + YEAR);
        browser.findElement(
                        By.cssSelector("#pass-rates a[href*='verdict=NONCONFORMING'][href*='" + world.category + "']"))
                .click();
        wait.until(ExpectedConditions.urlContains("/sampling/records"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("共 " + counts[1] + " 份抽样单");
    }

    @Test
    void aCountyOfficerSeesTheirCountyNamedAndTheirMapAndToDoOnTheHomePage() {
        SamplingWorld world = SamplingWorld.create(accounts, enterprises, classification);
        write(world);
        HeadlessChromium.signIn(browser, port, accounts, "it-stats-furong", Role.COUNTY_OFFICER, "430102", null);

        open("/sampling/statistics?year=" + YEAR);

        assertThat(browser.findElement(By.tagName("h1")).getText())
                .contains("芙蓉区")
                .doesNotContain("湖南省");
        assertThat(browser.findElement(By.id("pass-rates")).getText())
                .contains("芙蓉区")
                .doesNotContain("天心区");
        open("/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.attributeToBe(By.id("map"), "data-selected", "芙蓉区"));
        assertThat(browser.findElement(By.id("map")).getAttribute("data-level")).isEqualTo("county");
        assertThat(browser.findElement(By.id("map-title")).getText()).contains("长沙市");
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("todo"), "正在载入")));
        assertThat(browser.findElement(By.id("todo")).getText()).contains("我的待办");
        HeadlessChromium.screenshot(browser, "home-county-officer");

        HeadlessChromium.signIn(browser, port, accounts, "it-stats-loudi", Role.PREFECTURE_OFFICER, "431300", null);
        open("/risk/warnings");
        assertThat(browser.findElement(By.id("mine-empty")).getText()).contains("本辖区全部未办结的预警");
        assertThat(browser.findElement(By.cssSelector(".tabs a.current")).getText())
                .isEqualTo("本辖区全部");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
