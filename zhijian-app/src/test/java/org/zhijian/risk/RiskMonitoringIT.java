package org.zhijian.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhijian.risk.RiskWorld.CATEGORY;
import static org.zhijian.risk.RiskWorld.COUNTY;
import static org.zhijian.risk.RiskWorld.PREFECTURE;
import static org.zhijian.risk.RiskWorld.PROVINCE;
import static org.zhijian.risk.RiskWorld.WEEK;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.IntegrationTest;
import org.zhijian.complaint.ComplaintManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.access.CurrentActor;

@IntegrationTest
class RiskMonitoringIT {

    @Autowired
    RiskMonitoring monitoring;

    @Autowired
    ComplaintManagement complaints;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    @Autowired
    org.zhijian.account.AccountManagement accounts;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @BeforeEach
    void seed() {
        RiskWorld.seed(complaints);
    }

    private <T> T asProvince(java.util.function.Supplier<T> work) {
        return CurrentActor.runAs(PROVINCE, work);
    }

    private List<Signal> signals(String region, String category) {
        return asProvince(() -> monitoring.signals(
                        new SignalQuery(WEEK, "COMPLAINT", null, null, false), PageRequest.of(1, 500)))
                .items()
                .stream()
                .filter(s -> s.regionCode().equals(region) && s.categoryCode().equals(category))
                .toList();
    }

    @Test
    void weeklyAndMonthlySeriesCountTheComplaintsOfACountyAndCategoryAsTheyArrive() {
        asProvince(monitoring::refresh);
        SeriesView weekly = asProvince(() -> monitoring.series("COMPLAINT", COUNTY, CATEGORY, "week", 600));
        Map<String, Integer> byWeek = new java.util.HashMap<>();
        weekly.points().forEach(p -> byWeek.put(p.label(), p.cases()));
        assertThat(byWeek)
                .containsEntry("2025-W05", 1)
                .containsEntry("2025-W06", 0)
                .containsEntry("2025-W07", 2)
                .containsEntry(WEEK, RiskWorld.OUTBREAK);
        SeriesView monthly = asProvince(() -> monitoring.series("COMPLAINT", PREFECTURE, "CON-EBIKE", "month", 60));
        int may = monthly.points().stream()
                .filter(p -> p.label().equals("2025-05"))
                .findFirst()
                .orElseThrow()
                .cases();
        assertThat(may).isGreaterThanOrEqualTo(RiskWorld.OUTBREAK + 1);

        int before = asProvince(() -> monitoring.series("COMPLAINT", COUNTY, CATEGORY, "week", 600)).points().stream()
                .mapToInt(SeriesView.Point::cases)
                .sum();
        asProvince(monitoring::rebuild);
        int after = asProvince(() -> monitoring.series("COMPLAINT", COUNTY, CATEGORY, "week", 600)).points().stream()
                .mapToInt(SeriesView.Point::cases)
                .sum();
        assertThat(after)
                .isEqualTo(before)
                .isEqualTo(java.util.stream.IntStream.of(RiskWorld.BASELINE).sum() + RiskWorld.OUTBREAK);
    }

    @Test
    void aRunFindsTheOutbreakInItsCountyAndCategoryAndExplainsTheWiderSeriesByIt() {
        RunSummary run = asProvince(() -> monitoring.run(WEEK));
        assertThat(run.status()).isEqualTo("DONE");
        List<Signal> county = signals(COUNTY, CATEGORY);
        assertThat(county).isNotEmpty().allSatisfy(s -> {
            assertThat(s.observed()).isEqualTo(RiskWorld.OUTBREAK);
            assertThat(s.threshold()).isLessThan(RiskWorld.OUTBREAK);
            assertThat(s.covered()).isFalse();
            assertThat(s.warningId()).isNotNull();
        });
        assertThat(signals(PREFECTURE, CATEGORY))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.covered()).isTrue());
        assertThat(signals(COUNTY, "CON-EBIKE"))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.covered()).isTrue());
        assertThat(asProvince(() -> monitoring.records(county.get(0).id(), 50)))
                .hasSize(RiskWorld.OUTBREAK)
                .allSatisfy(r -> assertThat(r.link()).startsWith("/complaints/"));
    }

    @Test
    void runningAWeekAgainGivesTheSameSignalsAndNoSecondWarning() {
        asProvince(() -> monitoring.run(WEEK));
        List<Long> first = ids();
        long warnings = warningsOnTheSeries();
        asProvince(() -> monitoring.run(WEEK));
        assertThat(ids()).isEqualTo(first);
        assertThat(warningsOnTheSeries()).isEqualTo(warnings).isEqualTo(1);
    }

    @Test
    void aRunCutShortResumesWithTheSourcesNotYetDone() {
        asProvince(() -> monitoring.run(WEEK));
        List<Long> before = ids();
        jdbc.sql(
                        "update risk_run set status = 'RUNNING', sources_done = '{COMPLAINT}', finished_at = null where week = ?")
                .param(WEEK)
                .update();
        RunSummary resumed = asProvince(() -> monitoring.run(WEEK));
        assertThat(resumed.status()).isEqualTo("DONE");
        assertThat(ids()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from risk_signal where week = ? and source = 'COMPLAINT'"
                                + " and region_code = ? and category_code = ?")
                        .params(WEEK, COUNTY, CATEGORY)
                        .query(Integer.class)
                        .single())
                .isEqualTo(before.size());
    }

    @Test
    void malformedAndFutureWeeksAreRefused() {
        assertThatThrownBy(() -> asProvince(() -> monitoring.run("2025-20")))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("RISK_004");
        assertThatThrownBy(() -> asProvince(() -> monitoring.run("2099-W01")))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("RISK_004");
    }

    @Test
    void theCliRunsAWeekAndRefusesAMalformedOne() {
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cli = org.zhijian.platform.cli.CommandLauncher.commandLine(context);
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(out, true));
        assertThat(cli.execute("detect", "--week", WEEK)).as(out.toString()).isZero();
        assertThat(out.toString()).contains(WEEK + "：检测").contains("状态 DONE");
        assertThat(cli.execute("detect", "--week", "2025-W99")).isEqualTo(org.zhijian.platform.cli.ExitCodes.REJECTED);
        assertThat(out.toString()).contains("RISK_004");
    }

    @Test
    void officersSeeTheSeriesAndSignalsOfTheirOwnAreaOnly() {
        asProvince(() -> monitoring.run(WEEK));
        assertThat(CurrentActor.runAs(
                                RiskWorld.COUNTY_OFFICER,
                                () -> monitoring.series("COMPLAINT", COUNTY, CATEGORY, "week", 10))
                        .points())
                .hasSize(10);
        assertThatThrownBy(() -> CurrentActor.runAs(
                        RiskWorld.OTHER_COUNTY_OFFICER,
                        () -> monitoring.series("COMPLAINT", COUNTY, CATEGORY, "week", 10)))
                .isInstanceOf(org.zhijian.platform.access.AccessDeniedException.class);
        assertThat(CurrentActor.runAs(
                                RiskWorld.OTHER_COUNTY_OFFICER,
                                () -> monitoring.signals(
                                        new SignalQuery(WEEK, null, null, null, false), PageRequest.of(1, 500)))
                        .items())
                .allSatisfy(s -> assertThat(s.regionCode()).isEqualTo(RiskWorld.OTHER_COUNTY));
        assertThat(CurrentActor.runAs(
                                RiskWorld.PREFECTURE_OFFICER,
                                () -> monitoring.signals(
                                        new SignalQuery(WEEK, null, null, null, false), PageRequest.of(1, 500)))
                        .items())
                .extracting(Signal::regionCode)
                .contains(COUNTY, PREFECTURE)
                .doesNotContain("430000");
        assertThat(CurrentActor.runAs(RiskWorld.PREFECTURE_OFFICER, () -> monitoring.heat(WEEK, "COMPLAINT", "COUNTY")))
                .anySatisfy(c -> {
                    assertThat(c.regionCode()).isEqualTo(COUNTY);
                    assertThat(c.categoryCode()).isEqualTo("CON-EBIKE");
                    assertThat(c.maxScore()).isGreaterThan(1);
                });
    }

    @Test
    void theApiGivesASeriesWithinTheCallersAreaAndRefusesOthers() {
        asProvince(monitoring::refresh);
        String county = org.zhijian.account.TestAccounts.token(
                accounts, "api-risk-county", org.zhijian.account.Role.COUNTY_OFFICER, COUNTY, null);
        String other = org.zhijian.account.TestAccounts.token(
                accounts, "api-risk-county2", org.zhijian.account.Role.COUNTY_OFFICER, RiskWorld.OTHER_COUNTY, null);
        String path =
                "/api/v1/risk/series?source=COMPLAINT&region=" + COUNTY + "&category=CON-EBIKE&period=month&periods=24";
        Map<String, Object> series =
                org.zhijian.TestApi.call(port, county, org.springframework.http.HttpMethod.GET, path, null);
        assertThat(series.get("_status")).isEqualTo(200);
        assertThat((List<?>) series.get("points")).hasSize(24);
        assertThat(series.get("categoryName")).isEqualTo("电动自行车及头盔");
        assertThat(org.zhijian.TestApi.call(port, other, org.springframework.http.HttpMethod.GET, path, null)
                        .get("_status"))
                .isEqualTo(403);
        Map<String, Object> signals = org.zhijian.TestApi.call(
                port, county, org.springframework.http.HttpMethod.GET, "/api/v1/risk/signals?week=" + WEEK, null);
        assertThat(signals.get("_status")).as(signals.get("_body").toString()).isEqualTo(200);
        assertThat(org.zhijian.TestApi.call(
                                port, county, org.springframework.http.HttpMethod.GET, "/api/v1/risk/warnings", null)
                        .get("_status"))
                .isEqualTo(200);
        assertThat(org.zhijian.TestApi.call(
                                port,
                                county,
                                org.springframework.http.HttpMethod.GET,
                                "/api/v1/risk/series?source=NOPE",
                                null)
                        .get("_body"))
                .asString()
                .contains("RISK_006");
    }

    private List<Long> ids() {
        return signals(COUNTY, CATEGORY).stream().map(Signal::id).sorted().toList();
    }

    private long warningsOnTheSeries() {
        return jdbc.sql("select count(*) from risk_warning where origin = 'SIGNAL' and source = 'COMPLAINT'"
                        + " and region_code = ? and category_code = ?")
                .params(COUNTY, CATEGORY)
                .query(Long.class)
                .single();
    }
}
