package org.zhijian.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;

@IntegrationTest
@RecordApplicationEvents
@SuppressWarnings("unchecked")
class SamplingFollowUpIT {

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

    @Autowired
    ApplicationEvents events;

    private static final Actor PROVINCE = new Actor("it-province", "PROVINCE_ADMIN", Scope.ALL, Scope.ALL, "127.0.0.1");

    private SamplingWorld world;
    private Plan plan;
    private Draw draw;

    private <T> T asProvince(java.util.function.Supplier<T> work) {
        return CurrentActor.runAs(PROVINCE, work);
    }

    @BeforeEach
    void sampled() {
        world = SamplingWorld.create(accounts, enterprises, classification);
        asProvince(() -> {
            sampling.addTemplate(new ItemSpec(
                    world.category, "菌落总数", "GB 19645-2010", "CFU/g", "MAX", null, new BigDecimal("50000"), null, "B"));
            plan = sampling.createPlan(new PlanForm(
                    2026,
                    "跟踪" + world.category,
                    "跟踪测试",
                    PlanLevel.PROVINCE,
                    "430000",
                    "检验院",
                    List.of(world.category),
                    Map.of("430102", 3)));
            draw = sampling.confirm(sampling.draw(plan.id(), 11L).id());
            return null;
        });
    }

    private Sample judged(int ordinal, String value, LocalDate sampledOn) {
        DrawnTarget t = draw.selections().get(ordinal);
        return asProvince(() -> {
            Sample s = sampling.createSample(new SampleForm(
                    plan.id(),
                    draw.id(),
                    null,
                    t.uscc(),
                    world.category,
                    "酸奶",
                    null,
                    null,
                    null,
                    "6 杯",
                    null,
                    null,
                    PlaceType.CIRCULATION,
                    "测试乳业",
                    null,
                    null,
                    t.inspectors(),
                    sampledOn));
            return sampling.enterResults(
                    s.id(),
                    new ResultsForm(
                            1,
                            "F-" + s.id(),
                            sampledOn.plusDays(5),
                            Map.of(plan.items().get(0).id(), value)));
        });
    }

    @Test
    void foodObjectionsCloseAfterSevenWorkingDaysAndNonConformityOrdersRectification() {
        Sample failed = judged(0, "90000", LocalDate.now().minusDays(60));
        LocalDate notified = LocalDate.now().minusDays(30);
        SampleStatus status = asProvince(() -> sampling.notifyEnterprise(failed.id(), notified));

        assertThat(status.followUp().rectificationDue()).isAfterOrEqualTo(notified.plusDays(60));
        assertThat(status.deadlines()).extracting(Deadline::name).contains("复检申请期限", "结果公开期限", "整改期限", "复查期限");
        Deadline objection = status.deadlines().stream()
                .filter(d -> d.name().equals("复检申请期限"))
                .findFirst()
                .orElseThrow();
        assertThat(objection.due()).isBetween(notified.plusDays(9), notified.plusDays(20));
        assertThatThrownBy(() -> asProvince(() -> sampling.fileObjection(failed.id(), "晚了")))
                .hasMessageContaining("SAMPLING_013");
        assertThat(status.publishable()).isTrue();
    }

    @Test
    void overdueRectificationIsListedAndAnnouncedOnce() {
        Sample failed = judged(1, "70000", LocalDate.now().minusDays(120));
        asProvince(() -> sampling.notifyEnterprise(failed.id(), LocalDate.now().minusDays(90)));

        assertThat(asProvince(() -> sampling.overdue(org.zhijian.platform.PageRequest.of(1, 500)))
                        .items())
                .anyMatch(o -> o.recordId() == failed.id() && o.what().equals("整改"));
        int first = asProvince(sampling::announceOverdue);
        int second = asProvince(sampling::announceOverdue);

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).isZero();
        assertThat(events.stream(RectificationOverdue.class)).anyMatch(e -> e.recordId() == failed.id());
        SampleStatus done = asProvince(
                () -> sampling.recordFollowUp(failed.id(), LocalDate.now().minusDays(1), LocalDate.now(), true));
        assertThat(done.followUp().recheckPassed()).isTrue();
        assertThat(done.deadlines())
                .filteredOn(d -> d.name().equals("整改期限"))
                .singleElement()
                .satisfies(d -> assertThat(d.met()).isFalse());
    }

    @Test
    void finalResultsArePublishedAndServedWithoutSignIn() {
        Sample passed = judged(2, "1000", LocalDate.now().minusDays(20));
        assertThat(asProvince(() -> sampling.publish(plan.id())))
                .as("not notified yet")
                .isZero();
        asProvince(() -> sampling.notifyEnterprise(passed.id(), LocalDate.now().minusDays(1)));

        assertThat(asProvince(() -> sampling.publish(plan.id()))).isEqualTo(1);

        Map<String, Object> page = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/v1/public/sampling-results?q={q}", passed.sampleName())
                .retrieve()
                .body(Map.class);
        assertThat((List<Map<String, Object>>) page.get("items"))
                .anySatisfy(r -> assertThat(r)
                        .containsEntry("sampleNo", passed.sampleNo())
                        .containsEntry("verdict", "合格")
                        .containsEntry("enterpriseUscc", passed.enterpriseUscc()))
                .allSatisfy(r -> assertThat(r).doesNotContainKeys("inspectors", "price"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SAMPLING_PUBLISH' and object_id = :id")
                        .param("id", Long.toString(plan.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aBatchNotificationReachesEveryReportedResultOnceAndOrdersRectificationForFailures() {
        Sample failed = judged(0, "90000", LocalDate.now().minusDays(60)); // reported 55 days ago
        Sample passed = judged(1, "1000", LocalDate.now().minusDays(40)); // reported 35 days ago
        Sample recent = judged(2, "1000", LocalDate.now().minusDays(6)); // reported yesterday
        LocalDate notifiedOn = LocalDate.now().minusDays(30);

        int first = asProvince(() -> sampling.notifyReported(plan.id(), notifiedOn));
        int again = asProvince(() -> sampling.notifyReported(plan.id(), notifiedOn));

        assertThat(first).isEqualTo(2);
        assertThat(again).isZero();
        SampleStatus failedStatus = asProvince(() -> sampling.status(failed.id()));
        assertThat(failedStatus.notifiedOn()).isEqualTo(notifiedOn);
        assertThat(failedStatus.followUp().rectificationDue()).isAfterOrEqualTo(notifiedOn.plusDays(60));
        assertThat(asProvince(() -> sampling.status(recent.id())).notifiedOn())
                .as("reported after the notification date")
                .isNull();
        assertThat(asProvince(() -> sampling.status(passed.id())).followUp()).isNull();
        assertThatThrownBy(() -> asProvince(
                        () -> sampling.notifyReported(plan.id(), LocalDate.now().plusDays(1))))
                .hasMessageContaining("SAMPLING_");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SAMPLING_NOTIFY' and object_id = :id")
                        .param("id", Long.toString(plan.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
