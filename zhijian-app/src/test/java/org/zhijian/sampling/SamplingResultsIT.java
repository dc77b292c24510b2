package org.zhijian.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportManagement;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;

@IntegrationTest
@RecordApplicationEvents
class SamplingResultsIT {

    @Autowired
    AccountManagement accounts;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    ClassificationManagement classification;

    @Autowired
    SamplingManagement sampling;

    @Autowired
    ImportManagement imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @TempDir
    Path dir;

    private SamplingWorld world;
    private Plan plan;
    private Draw draw;

    private static final Actor PROVINCE = new Actor("it-province", "PROVINCE_ADMIN", Scope.ALL, Scope.ALL, "127.0.0.1");

    private <T> T asProvince(java.util.function.Supplier<T> work) {
        return CurrentActor.runAs(PROVINCE, work);
    }

    @BeforeEach
    void planAndDraw() {
        world = SamplingWorld.create(accounts, enterprises, classification);
        asProvince(() -> {
            sampling.addTemplate(new ItemSpec(
                    world.category,
                    "铅（以 Pb 计）",
                    "GB 2762-2022",
                    "mg/kg",
                    "MAX",
                    null,
                    new BigDecimal("0.2"),
                    null,
                    "A"));
            sampling.addTemplate(new ItemSpec(
                    world.category, "菌落总数", "GB 19645-2010", "CFU/g", "MAX", null, new BigDecimal("50000"), null, "B"));
            sampling.addTemplate(
                    new ItemSpec(world.category, "标签", "GB 7718-2011", "", "QUALITATIVE", null, null, null, "B"));
            plan = sampling.createPlan(new PlanForm(
                    2026,
                    "结果" + world.category,
                    "结果测试",
                    PlanLevel.PROVINCE,
                    "430000",
                    "检验院",
                    List.of(world.category),
                    Map.of("430102", 3, "430103", 2)));
            draw = sampling.confirm(sampling.draw(plan.id(), 7L).id());
            return null;
        });
    }

    private SampleForm form(DrawnTarget target, String sampleNo) {
        return new SampleForm(
                plan.id(),
                draw.id(),
                sampleNo,
                target.uscc(),
                world.category,
                "纯牛奶",
                "湘江",
                "250mL/盒",
                "20260501",
                "12 盒",
                "6 盒",
                new BigDecimal("3.50"),
                PlaceType.PRODUCTION,
                "湖南测试乳业有限公司",
                null,
                "湖南省长沙市",
                target.inspectors(),
                LocalDate.now().minusDays(10));
    }

    private long item(String name) {
        return plan.items().stream()
                .filter(i -> i.spec().name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void theVerdictFollowsFromTheItemResultsAndAReTestReplacesIt() {
        DrawnTarget target = draw.selections().get(0);
        Sample sample = asProvince(() -> sampling.createSample(form(target, null)));
        assertThat(sample.sampleNo()).startsWith("CJ2026-430000-");
        assertThat(sample.items()).hasSize(3);
        assertThat(sample.verdict()).isNull();

        Sample failed = asProvince(() -> sampling.enterResults(
                sample.id(),
                new ResultsForm(
                        1,
                        "R-1",
                        LocalDate.now().minusDays(2),
                        Map.of(item("铅（以 Pb 计）"), "未检出", item("菌落总数"), "60000", item("标签"), "符合"))));
        assertThat(failed.verdict()).isEqualTo("NONCONFORMING");
        assertThat(failed.failureClass()).isEqualTo("B");
        assertThat(failed.reportNo()).isEqualTo("R-1");
        assertThat(events.stream(InspectionFailed.class))
                .singleElement()
                .satisfies(e -> assertThat(e.sampleNo()).isEqualTo(sample.sampleNo()));

        assertThatThrownBy(() -> asProvince(() -> sampling.enterResults(
                        sample.id(),
                        new ResultsForm(2, "R-2", LocalDate.now().minusDays(1), Map.of(item("标签"), "符合")))))
                .hasMessageContaining("SAMPLING_014");
        asProvince(() -> sampling.notifyEnterprise(sample.id(), LocalDate.now().minusDays(1)));
        Actor enterprise = new Actor(
                "it-enterprise", "ENTERPRISE", Scope.enterprise(sample.enterpriseUscc()), Scope.NONE, "127.0.0.1");
        CurrentActor.runAs(enterprise, () -> sampling.fileObjection(sample.id(), "样品储存条件不当，申请复检"));
        assertThat(events.stream(ObjectionFiled.class)).hasSize(1);
        SampleStatus pending = asProvince(() -> sampling.status(sample.id()));
        assertThat(pending.publishable()).isFalse();
        assertThat(pending.followUp()).isNotNull();
        asProvince(() -> sampling.decideObjection(sample.id(), true, "同意复检，备样送检"));
        Sample retested = asProvince(() -> sampling.enterResults(
                sample.id(),
                new ResultsForm(
                        2,
                        "R-2",
                        LocalDate.now().minusDays(1),
                        Map.of(item("铅（以 Pb 计）"), "0.01", item("菌落总数"), "30000", item("标签"), "符合"))));
        assertThat(retested.verdict()).isEqualTo("CONFORMING");
        assertThat(retested.verdictRound()).isEqualTo(2);
        assertThat(retested.results()).hasSize(6);
        assertThat(events.stream(InspectionPassed.class)).hasSize(1);
        SampleStatus settled = asProvince(() -> sampling.status(sample.id()));
        assertThat(settled.followUp())
                .as("a conforming re-test cancels the rectification order")
                .isNull();
        assertThat(settled.publishable()).isTrue();

        assertThatThrownBy(() -> asProvince(() -> sampling.enterResults(
                        sample.id(), new ResultsForm(1, "R-3", LocalDate.now(), Map.of(item("菌落总数"), "约五万")))))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void aSampleMustComeFromTheDrawAndBeTakenByInspectors() {
        DrawnTarget target = draw.selections().get(0);
        SampleForm notDrawn = new SampleForm(
                plan.id(),
                draw.id(),
                null,
                world.furong.stream()
                        .filter(u -> draw.selections().stream()
                                .noneMatch(t -> t.uscc().equals(u)))
                        .findFirst()
                        .orElseThrow(),
                world.category,
                "纯牛奶",
                null,
                null,
                null,
                "1",
                null,
                null,
                PlaceType.CIRCULATION,
                "某厂",
                null,
                null,
                List.of("insp-cs-1", "nobody"),
                LocalDate.now());
        assertThatThrownBy(() -> asProvince(() -> sampling.createSample(notDrawn)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("不在抽取")
                .hasMessageContaining("nobody 不是有效的检查员账户");
        asProvince(() -> sampling.createSample(form(target, "DUP-" + world.category)));
        assertThatThrownBy(() -> asProvince(() -> sampling.createSample(form(target, "DUP-" + world.category))))
                .hasMessageContaining("SAMPLING_011");
    }

    @Test
    void laboratoryResultFilesAreJudgedRowByRowAndImportedOnce() throws Exception {
        Sample sample =
                asProvince(() -> sampling.createSample(form(draw.selections().get(1), null)));
        String date = LocalDate.now().minusDays(1).toString();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(
                bad,
                "抽样单编号,检验项目,检验结果,单位,报告编号,报告日期\n"
                        + sample.sampleNo() + ",铅（以 Pb 计）,0.05,mg/L,R-9," + date + "\n"
                        + sample.sampleNo() + ",汞,0.01,mg/kg,R-9," + date + "\n"
                        + sample.sampleNo() + ",菌落总数,很多,CFU/g,R-9," + date + "\n"
                        + "NO-SUCH,标签,符合,,R-9," + date + "\n",
                StandardCharsets.UTF_8);

        ImportJob rejected = imports.importNow("results", bad, "bad.csv", ImportOptions.strict(), j -> {});

        assertThat(rejected.status()).isEqualTo("REJECTED");
        assertThat(rejected.rejected()).isEqualTo(4);
        String report = Files.readString(imports.report(rejected.id()).orElseThrow());
        assertThat(report)
                .contains("2,单位,mg/L")
                .contains("3,检验项目,汞")
                .contains("4,检验结果,很多")
                .contains("5,抽样单编号,NO-SUCH");
        assertThat(jdbc.sql("select count(*) from sampling_result where record_id = :id")
                        .param("id", sample.id())
                        .query(Long.class)
                        .single())
                .isZero();

        Path good = dir.resolve("good.csv");
        Files.writeString(
                good,
                "\uFEFF抽样单编号,检验项目,检验结果,单位,报告编号,报告日期\n"
                        + sample.sampleNo() + ",铅（以Pb计）,＜0.01,mg/kg,R-10," + date + "\n"
                        + sample.sampleNo() + ",菌落总数,1200,CFU/g,R-10," + date + "\n"
                        + sample.sampleNo() + ",标签,符合,,R-10," + date + "\n",
                StandardCharsets.UTF_8);

        ImportJob imported = imports.importNow("results", good, "good.csv", ImportOptions.strict(), j -> {});
        ImportJob again = imports.importNow("results", good, "good.csv", ImportOptions.strict(), j -> {});

        assertThat(imported.status()).isEqualTo("SUCCEEDED");
        assertThat(imported.inserted()).isEqualTo(3);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.inserted()).isZero();
        Sample judged = asProvince(() -> sampling.sample(sample.id()).orElseThrow());
        assertThat(judged.verdict()).isEqualTo("CONFORMING");
        assertThat(judged.reportNo()).isEqualTo("R-10");
        assertThat(events.stream(InspectionPassed.class)).anyMatch(e -> e.recordId() == sample.id());
    }

    @Test
    void aCountyOfficerCannotImportResultsOfAnotherCounty() throws Exception {
        DrawnTarget tianxin = draw.selections().stream()
                .filter(t -> "430103".equals(t.countyCode()))
                .findFirst()
                .orElseThrow();
        Sample sample = asProvince(() -> sampling.createSample(form(tianxin, null)));
        Path file = dir.resolve("other.csv");
        Files.writeString(
                file,
                "抽样单编号,检验项目,检验结果,报告编号,报告日期\n" + sample.sampleNo() + ",标签,符合,R-1," + LocalDate.now() + "\n",
                StandardCharsets.UTF_8);
        Actor furong =
                new Actor("it-furong", "COUNTY_OFFICER", Scope.county("430102"), Scope.county("430102"), "127.0.0.1");

        ImportJob job = CurrentActor.runAs(
                furong, () -> imports.importNow("results", file, "other.csv", ImportOptions.strict(), j -> {}));

        assertThat(job.status()).isEqualTo("REJECTED");
        assertThat(Files.readString(imports.report(job.id()).orElseThrow())).contains("不在本账户管辖范围内");
    }

    @Test
    void anInspectorSeesTheSamplesTheyTookAndNoOthers() {
        DrawnTarget target = draw.selections().get(0);
        Sample sample = asProvince(() -> sampling.createSample(form(target, null)));
        String taker = target.inspectors().get(0);
        String other = List.of("insp-cs-1", "insp-cs-2", "insp-cs-3").stream()
                .filter(i -> !target.inspectors().contains(i))
                .findFirst()
                .orElseThrow();
        java.util.function.Function<String, Actor> inspector =
                name -> new Actor(name, "INSPECTOR", Scope.prefecture("430100"), Scope.NONE, "127.0.0.1");

        assertThat(CurrentActor.runAs(inspector.apply(taker), () -> sampling.sample(sample.id())))
                .isPresent();
        assertThat(CurrentActor.runAs(inspector.apply(other), () -> sampling.sample(sample.id())))
                .isEmpty();
        assertThat(CurrentActor.runAs(
                        inspector.apply(other),
                        () -> sampling.samples(
                                        new SampleQuery(plan.id(), null, null, null),
                                        org.zhijian.platform.PageRequest.of(1, 50))
                                .items()))
                .noneMatch(s -> s.id() == sample.id());
    }
}
