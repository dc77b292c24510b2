package org.zhijian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.IntegrationTest;
import org.zhijian.indicator.IndicatorManagement;
import org.zhijian.indicator.IndicatorProgressView;
import org.zhijian.indicator.ReportingRound;
import org.zhijian.indicator.Rounds;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.region.RegionManagement;

/** The demo's indicator values go through the reporting rounds and leave no entered indicator without data. */
@IntegrationTest
class DemoIndicatorsIT {

    @Autowired
    IndicatorManagement indicators;

    @Autowired
    Rounds rounds;

    @Autowired
    RegionManagement regions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private static final Actor PROVINCE = Actor.system("it-demo-indicators");

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    org.zhijian.account.AccountManagement accounts;

    /** The count on a line of the home page's to-do panel, 0 when the line is not shown. */
    private long todo(String token, String label) {
        String html = org.springframework.web.client.RestClient.create("http://localhost:" + port)
                .get()
                .uri("/home/todo")
                .header("Authorization", org.zhijian.account.TestAccounts.bearer(token))
                .retrieve()
                .body(String.class);
        var m = java.util.regex.Pattern.compile("<b>(\\d+)</b>\\s*<span>" + label + "</span>")
                .matcher(html);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Test
    void everyEnteredIndicatorHasApprovedValuesForEveryPlanYearAndSomeRunBehind() throws Exception {
        String code = "D" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 8);
        byte[] csv;
        try (InputStream in = getClass().getResourceAsStream("/masterdata/plan-indicators-hunan-14th.csv")) {
            csv = in.readAllBytes();
        }
        CurrentActor.runAs(PROVINCE, () -> indicators.addPlan(code, "演示规划（测试）", 2021, 2025, csv));
        IndicatorGenerator generator = new IndicatorGenerator(indicators, rounds, regions, transactions, 2026);
        LocalDate today = LocalDate.now();
        String admin = org.zhijian.account.TestAccounts.adminToken(accounts);
        String changsha = org.zhijian.account.TestAccounts.token(
                accounts, "it-todo-changsha", org.zhijian.account.Role.PREFECTURE_OFFICER, "430100", null);
        String loudi = org.zhijian.account.TestAccounts.token(
                accounts, "it-todo-loudi", org.zhijian.account.Role.PREFECTURE_OFFICER, "431300", null);
        long toDecide = todo(admin, "待省级审定的指标填报");
        long toReview = todo(changsha, "待市州审核的指标填报");
        long toReenter = todo(loudi, "待填报或被退回的指标");

        List<Integer> years = generator.generate(code, today);

        assertThat(years).containsExactly(2021, 2022, 2023, 2024, 2025);
        List<IndicatorProgressView> province =
                CurrentActor.runAs(PROVINCE, () -> indicators.progress(code, 2025, null));
        List<IndicatorProgressView> entered =
                province.stream().filter(i -> "ENTERED".equals(i.source())).toList();
        assertThat(entered).hasSize(19).allSatisfy(i -> {
            assertThat(i.year()).as(i.name()).isEqualTo(2025);
            assertThat(i.status()).as(i.name()).isNotEqualTo("NO_DATA");
        });
        Map<String, Long> statuses =
                entered.stream().collect(Collectors.groupingBy(IndicatorProgressView::status, Collectors.counting()));
        assertThat(statuses.getOrDefault("BEHIND", 0L) + statuses.getOrDefault("WARNING", 0L))
                .isBetween(2L, 6L);
        assertThat(statuses.getOrDefault("MET", 0L) + statuses.getOrDefault("ON_TRACK", 0L))
                .isGreaterThanOrEqualTo(13L);

        List<ReportingRound> held = rounds.rounds(code);
        assertThat(held).hasSize(5);
        assertThat(held.stream().filter(r -> r.year() < 2025))
                .allSatisfy(r -> assertThat(r.locked()).isTrue())
                .allSatisfy(r -> assertThat(r.submissions())
                        .hasSize(14)
                        .allSatisfy(s -> assertThat(s.status()).isEqualTo("APPROVED")));
        ReportingRound latest =
                held.stream().filter(r -> r.year() == 2025).findFirst().orElseThrow();
        assertThat(latest.locked()).isFalse();
        assertThat(latest.submissions())
                .extracting(ReportingRound.Submission::status)
                .containsOnly("APPROVED", "SUBMITTED", "REVIEWED", "RETURNED")
                .filteredOn("APPROVED"::equals)
                .hasSize(11);

        long awards = entered.stream()
                .filter(i -> i.no() == 3)
                .findFirst()
                .orElseThrow()
                .id();
        double prefectures = jdbc.sql("""
                select sum(value) from indicator_value v join indicator i on i.id = v.indicator_id
                where v.indicator_id = ? and v.year = 2025 and v.region_code <> '430000'""").param(awards).query(Double.class).single();
        assertThat(prefectures)
                .isEqualTo(entered.stream()
                        .filter(i -> i.no() == 3)
                        .findFirst()
                        .orElseThrow()
                        .value());

        int values = jdbc.sql("select count(*) from indicator_value v join indicator i on i.id = v.indicator_id"
                        + " where i.plan_code = ?")
                .param(code)
                .query(Integer.class)
                .single();
        assertThat(todo(admin, "待省级审定的指标填报")).isEqualTo(toDecide + 1);
        assertThat(todo(changsha, "待市州审核的指标填报")).isEqualTo(toReview + 1);
        assertThat(todo(loudi, "待填报或被退回的指标")).isEqualTo(toReenter + 1);
        assertThat(generator.generate(code, today)).isEmpty();
        assertThat(jdbc.sql("select count(*) from indicator_value v join indicator i on i.id = v.indicator_id"
                                + " where i.plan_code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .isEqualTo(values)
                .isEqualTo(19 * 15 * 5);
    }
}
