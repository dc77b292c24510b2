package org.zhijian.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.HeadlessChromium;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.Role;
import org.zhijian.complaint.ComplaintManagement;
import org.zhijian.enterprise.EnterpriseFixtures;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;

/**
 * Every page family in Chromium at 1366 and 360 CSS pixels: no serious or critical axe-core violation, no sideways
 * scrolling on a phone, the header folded into a menu there, and the user's links on one line on a laptop.
 */
@IntegrationTest
class PagesBrowserIT {

    private static WebDriver wide;
    private static WebDriver narrow;

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    ComplaintManagement complaints;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowsers() {
        assumeTrue(HeadlessChromium.available(), "Debian chromium and chromium-driver");
        wide = HeadlessChromium.start();
        wide.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        narrow = HeadlessChromium.startNarrow(360);
    }

    @AfterAll
    static void stopBrowsers() {
        for (WebDriver b : new WebDriver[] {wide, narrow}) {
            if (b != null) {
                b.quit();
            }
        }
    }

    private List<String> families() {
        Actor province = Actor.system("it-pages");
        String uscc = CurrentActor.runAs(
                province,
                () -> enterprises
                        .create(EnterpriseFixtures.anEnterpriseIn("430102"))
                        .uscc());
        long complaint = CurrentActor.runAs(
                        province,
                        () -> complaints.register(Map.of(
                                "complaint_no", "PG-" + System.nanoTime(),
                                "channel", "网络",
                                "received_at", "2026-04-02",
                                "respondent_name", "页面测试商店",
                                "respondent_uscc", uscc,
                                "county_code", "430102",
                                "product", "电水壶",
                                "description", "电水壶漏电")))
                .id();
        long indicator =
                jdbc.sql("select min(id) from indicator").query(Long.class).single();
        return List.of(
                "/",
                "/enterprises",
                "/enterprises/new",
                "/enterprises/" + uscc,
                "/enterprises/" + uscc + "/records",
                "/sampling/plans",
                "/sampling/plans/new",
                "/sampling/records",
                "/sampling/statistics",
                "/sampling/statistics?by=category",
                "/sampling/overdue",
                "/complaints",
                "/complaints/" + complaint,
                "/injuries",
                "/cases",
                "/listings",
                "/records/accidents",
                "/recalls",
                "/recalls/watch",
                "/risk/warnings",
                "/risk/warnings/new",
                "/risk/signals",
                "/risk/detection",
                "/risk/heat",
                "/indicators",
                "/indicators/" + indicator,
                "/indicators/rounds",
                "/assessments/2025",
                "/imports",
                "/categories",
                "/categories/FOOD/records",
                "/admin/users",
                "/admin/audit",
                "/search?q=" + uscc,
                "/notifications",
                "/account/password",
                "/account/tokens",
                "/no-such-page",
                "/sampling/statistics?year=abc");
    }

    @Test
    void everyPageFamilyHasNoSeriousAccessibilityViolationAtEitherWidth() {
        List<String> pages = families();
        HeadlessChromium.signIn(wide, port, accounts, "it-pages-admin", Role.PROVINCE_ADMIN, null, null);
        HeadlessChromium.signIn(narrow, port, accounts, "it-pages-admin", Role.PROVINCE_ADMIN, null, null);
        Map<String, List<String>> found = new LinkedHashMap<>();
        List<String> sideways = new ArrayList<>();
        for (String page : pages) {
            for (WebDriver browser : new WebDriver[] {wide, narrow}) {
                open(browser, page);
                List<String> violations = HeadlessChromium.accessibilityViolations(browser);
                if (!violations.isEmpty()) {
                    found.put((browser == wide ? "1366 " : "360 ") + page, violations);
                }
            }
            long scroll = (Long) ((JavascriptExecutor) narrow)
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            if (scroll > 0 || ((Long) ((JavascriptExecutor) narrow).executeScript("return window.innerWidth;")) > 360) {
                sideways.add(page);
            }
        }
        open(wide, "/login");
        wide.manage().deleteAllCookies();
        open(wide, "/login");
        List<String> login = HeadlessChromium.accessibilityViolations(wide);

        assertThat(found).as("serious or critical axe-core violations").isEmpty();
        assertThat(login).as("the sign-in page").isEmpty();
        assertThat(sideways).as("pages that scroll sideways at 360 px").isEmpty();
    }

    @Test
    void aPhoneFoldsTheHeaderIntoAMenuAndALaptopKeepsTheUserLinksOnOneLine() {
        HeadlessChromium.signIn(narrow, port, accounts, "it-pages-admin", Role.PROVINCE_ADMIN, null, null);
        open(narrow, "/");
        WebElement menu = narrow.findElement(By.id("site-menu"));
        assertThat(menu.isDisplayed()).isFalse();
        narrow.findElement(By.id("menu-toggle")).click();
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(narrow.findElement(By.id("menu-toggle")).getAttribute("aria-expanded"))
                .isEqualTo("true");
        assertThat(narrow.findElement(By.linkText("市场主体名录")).isDisplayed()).isTrue();
        HeadlessChromium.screenshot(narrow, "header-360-open");

        HeadlessChromium.signIn(wide, port, accounts, "it-pages-admin", Role.PROVINCE_ADMIN, null, null);
        open(wide, "/");
        assertThat(wide.findElement(By.id("menu-toggle")).isDisplayed()).isFalse();
        for (WebElement link : wide.findElements(By.cssSelector(".top .user a, .top .user span#current-user"))) {
            assertThat(link.getSize().getHeight()).as(link.getText()).isLessThan(30);
        }
        HeadlessChromium.screenshot(wide, "header-1366");
    }

    private void open(WebDriver browser, String path) {
        browser.get("http://localhost:" + port + path);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
