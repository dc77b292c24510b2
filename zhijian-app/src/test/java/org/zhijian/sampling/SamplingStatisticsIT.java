package org.zhijian.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.Role;
import org.zhijian.account.TestAccounts;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;

/**
 * Pass rates against an independent computation: records with known verdicts are written straight into the table
 * for a year nobody else uses, and every figure is recomputed here from the list that was written.
 */
@IntegrationTest
@SuppressWarnings("unchecked")
class SamplingStatisticsIT {

    private static final int YEAR = 2019;

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

    private record Written(String county, String prefecture, boolean passed, int year) {}

    private List<Written> write() {
        return write(YEAR);
    }

    private List<Written> write(int YEAR) {
        SamplingWorld world = SamplingWorld.create(accounts, enterprises, classification);
        Actor province = new Actor("it-province", "PROVINCE_ADMIN", Scope.ALL, Scope.ALL, "127.0.0.1");
        Plan plan = CurrentActor.runAs(
                province,
                () -> sampling.createPlan(new PlanForm(
                        YEAR,
                        "统计" + world.category,
                        "统计测试",
                        PlanLevel.PROVINCE,
                        "430000",
                        "检验院",
                        List.of(world.category),
                        Map.of("430102", 1))));
        String[][] counties = {
            {"430102", "430100", "0.97"},
            {"430103", "430100", "0.95"},
            {"430202", "430200", "0.80"},
            {"430302", "430300", "0.93"}
        };
        Random random = new Random(42);
        List<Written> written = new ArrayList<>();
        for (int year : new int[] {YEAR - 1, YEAR}) {
            for (String[] c : counties) {
                for (int i = 0; i < 150; i++) {
                    boolean passed = random.nextDouble() < Double.parseDouble(c[2]) - (year == YEAR ? 0 : 0.03);
                    written.add(new Written(c[0], c[1], passed, year));
                    world.insertDecided(
                            jdbc,
                            plan.id(),
                            "ST-" + world.category + "-" + written.size(),
                            c[0],
                            c[1],
                            LocalDate.of(year, 1 + i % 12, 1 + i % 28),
                            passed);
                }
            }
        }
        return written;
    }

    @Test
    void passRatesIntervalsAndTheTestAgreeWithAnIndependentComputation() {
        List<Written> written = write();
        String analyst = TestAccounts.token(accounts, "stats-analyst", Role.ANALYST, null, null);

        Map<String, Object> body = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/v1/sampling/pass-rates?by=region&year=" + YEAR + "&level=PROVINCE")
                .header("Authorization", TestAccounts.bearer(analyst))
                .retrieve()
                .body(Map.class);

        Map<String, long[]> expected = new HashMap<>();
        Map<String, long[]> previous = new HashMap<>();
        for (Written w : written) {
            long[] c = (w.year() == YEAR ? expected : previous).computeIfAbsent(w.prefecture(), k -> new long[2]);
            c[0] += w.passed() ? 1 : 0;
            c[1]++;
        }
        List<Map<String, Object>> groups = ((List<Map<String, Object>>) body.get("groups"))
                .stream()
                        .filter(g -> expected.containsKey((String) g.get("key")))
                        .toList();
        assertThat(groups).hasSize(3);
        double z = 1.959963984540054;
        for (Map<String, Object> g : groups) {
            long[] c = expected.get((String) g.get("key"));
            double p = c[0] / (double) c[1];
            double n = c[1];
            double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
            double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
            assertThat(((Number) g.get("passed")).longValue()).isEqualTo(c[0]);
            assertThat(((Number) g.get("total")).longValue()).isEqualTo(c[1]);
            assertThat(((Number) g.get("rate")).doubleValue()).isCloseTo(p, within(1e-12));
            assertThat(((Number) g.get("lower")).doubleValue()).isCloseTo(centre - half, within(1e-9));
            assertThat(((Number) g.get("upper")).doubleValue()).isCloseTo(centre + half, within(1e-9));
            long[] b = previous.get((String) g.get("key"));
            assertThat(((Number) g.get("change")).doubleValue())
                    .isCloseTo((p - b[0] / (double) b[1]) * 100, within(1e-9));
        }
        long passed = expected.values().stream().mapToLong(c -> c[0]).sum();
        long total = expected.values().stream().mapToLong(c -> c[1]).sum();
        Map<String, Object> overall = (Map<String, Object>) body.get("overall");
        assertThat(((Number) overall.get("rate")).doubleValue())
                .as("Σ passed / Σ tested, not a mean of rates")
                .isCloseTo(passed / (double) total, within(1e-12));

        double chi = 0;
        double failRate = (total - passed) / (double) total;
        for (long[] c : expected.values()) {
            double eFail = c[1] * failRate;
            double ePass = c[1] * (1 - failRate);
            chi += Math.pow((c[1] - c[0]) - eFail, 2) / eFail + Math.pow(c[0] - ePass, 2) / ePass;
        }
        assertThat(((Number) body.get("chiSquare")).doubleValue()).isCloseTo(chi, within(1e-9));
        assertThat(((Number) body.get("degreesOfFreedom")).intValue()).isEqualTo(2);
        Map<String, Object> zhuzhou = groups.stream()
                .filter(g -> "430200".equals(g.get("key")))
                .findFirst()
                .orElseThrow();
        assertThat(zhuzhou).containsEntry("name", "株洲市").containsEntry("outlier", true);
        assertThat(((Number) zhuzhou.get("residual")).doubleValue()).isGreaterThan(1.96);

        String page = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/sampling/statistics?by=region&year=" + YEAR + "&level=PROVINCE")
                .header("Authorization", TestAccounts.bearer(analyst))
                .retrieve()
                .body(String.class);
        assertThat(page).contains("株洲市").contains("显著偏低").contains("制造业产品质量合格率").contains("χ²");
        double before = previous.values().stream().mapToLong(c -> c[0]).sum()
                / (double) previous.values().stream().mapToLong(c -> c[1]).sum();
        assertThat(page)
                .contains("data-years=\"2015,2016,2017,2018,2019\"")
                .containsPattern("data-rates=\"[^\"]*,"
                        + java.util.regex.Pattern.quote(before + "," + passed / (double) total) + "\"");
        Map<String, Object> empty = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/v1/sampling/pass-rates?by=region&year=1999")
                .header("Authorization", TestAccounts.bearer(analyst))
                .retrieve()
                .body(Map.class);
        assertThat((Map<String, Object>) empty.get("overall"))
                .containsEntry("rate", null)
                .containsEntry("total", 0);
    }

    @Test
    void aCountyOfficerSeesOnlyTheirCountysRates() {
        write(2016);
        String furong = TestAccounts.token(accounts, "stats-furong", Role.COUNTY_OFFICER, "430102", null);

        Map<String, Object> body = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/v1/sampling/pass-rates?by=region&year=2016&level=PROVINCE")
                .header("Authorization", TestAccounts.bearer(furong))
                .retrieve()
                .body(Map.class);

        assertThat((List<Map<String, Object>>) body.get("groups"))
                .extracting(g -> g.get("key"))
                .containsOnly("430100");
    }

    @Test
    void weightedIndicatorsUseTheLoadedIndustryWeights(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        write(2015);
        java.nio.file.Path bad = dir.resolve("bad.csv");
        java.nio.file.Files.writeString(bad, "industry_code,weight\n14,2\nZZ,1\n14,3\n");
        assertThat(cli("weights", "load", bad.toString()))
                .startsWith("2|")
                .contains("ZZ 不是 GB/T 4754 行业大类代码")
                .contains("重复");
        java.nio.file.Path good = dir.resolve("good.csv");
        java.nio.file.Files.writeString(good, "industry_code,weight\n14,2.5\n13,1\n");
        assertThat(cli("weights", "load", good.toString())).startsWith("0|").contains("已载入 2 个行业");

        List<QualityIndicator> indicators = CurrentActor.runAs(
                new Actor("it-province", "PROVINCE_ADMIN", Scope.ALL, Scope.ALL, "127.0.0.1"),
                () -> sampling.indicators(2015, null));
        QualityIndicator food = indicators.stream()
                .filter(i -> i.code().equals("food"))
                .findFirst()
                .orElseThrow();
        // every record written is of industry 14, so the weighted rate equals that industry's rate
        assertThat(food.weightedRate()).isCloseTo(food.rate().rate(), within(1e-12));
    }

    private String cli(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine commandLine = org.zhijian.platform.cli.CommandLauncher.commandLine(context);
        commandLine.setOut(new java.io.PrintWriter(out, true));
        commandLine.setErr(new java.io.PrintWriter(out, true));
        return commandLine.execute(args) + "|" + out;
    }

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;
}
