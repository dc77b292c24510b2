package org.zhijian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhijian.IntegrationTest;
import org.zhijian.enterprise.EnterpriseFixtures;
import org.zhijian.enterprise.EnterpriseSummary;
import org.zhijian.importing.ImportManagement;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.risk.RiskMonitoring;
import org.zhijian.risk.Warning;
import org.zhijian.risk.WarningQuery;
import org.zhijian.risk.Warnings;

/** The demo's hub records and seeded anomalies, imported as the demo does, come out of a detection run as warnings. */
@IntegrationTest
class DemoAnomaliesIT {

    @Autowired
    ImportManagement imports;

    @Autowired
    RiskMonitoring monitoring;

    @Autowired
    Warnings warnings;

    @TempDir
    Path dir;

    private static final String[] COUNTIES = {"430102", "430104", "430211", "430302", "430602", "431202", "433101"};

    @Test
    void theSeededOutbreakAndInjuryClusterBecomeOpenWarningsOfTheirCounties() throws Exception {
        List<EnterpriseSummary> sample = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String county = COUNTIES[i % COUNTIES.length];
            sample.add(new EnterpriseSummary(
                    EnterpriseFixtures.aCreditCode(county), "演示企业" + i, county, "", "", "14", "", "小", "存续"));
        }
        LocalDate today = LocalDate.now();
        HubGenerator hub = new HubGenerator(sample, DemoLoader.DEMO_SEED, today);
        hub.complaints(600, dir.resolve("complaints.csv"));
        hub.injuries(200, dir.resolve("injuries.csv"));
        hub.complaintOutbreak(dir.resolve("complaints-outbreak.csv"));
        hub.injuryCluster(dir.resolve("injuries-cluster.csv"));
        for (String name : List.of("complaints", "injuries", "complaints-outbreak", "injuries-cluster")) {
            Path file = dir.resolve(name + ".csv");
            assertThat(Files.exists(file)).isTrue();
            imports.importNow(name.replaceAll("-.*", ""), file, name + ".csv", new ImportOptions(true, true), j -> {});
        }

        LocalDate monday =
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        String week = "%d-W%02d"
                .formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Actor province = Actor.system("it-demo");
        CurrentActor.runAs(province, () -> monitoring.run(week));

        List<Warning> open = CurrentActor.runAs(
                        province,
                        () -> warnings.search(
                                new WarningQuery("all", "OPEN", null, null, null, false), PageRequest.of(1, 500)))
                .items();
        assertThat(open)
                .anySatisfy(w -> {
                    assertThat(w.regionCode()).isEqualTo(HubGenerator.OUTBREAK_COUNTY);
                    assertThat(w.categoryCode()).isEqualTo("CON-EBIKE-CHG");
                    assertThat(w.title()).contains("投诉举报").contains(week);
                })
                .anySatisfy(w -> {
                    assertThat(w.regionCode()).isEqualTo(HubGenerator.CLUSTER_COUNTY);
                    assertThat(w.title()).contains("伤害");
                    assertThat(w.preliminaryLevel()).isEqualTo("HIGH");
                });
    }
}
