package org.zhijian.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhijian.risk.RiskWorld.CATEGORY;
import static org.zhijian.risk.RiskWorld.CHANGSHA_OFFICER;
import static org.zhijian.risk.RiskWorld.COUNTY;
import static org.zhijian.risk.RiskWorld.COUNTY_OFFICER;
import static org.zhijian.risk.RiskWorld.OTHER_COUNTY_OFFICER;
import static org.zhijian.risk.RiskWorld.PREFECTURE_OFFICER;
import static org.zhijian.risk.RiskWorld.PROVINCE;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.IntegrationTest;
import org.zhijian.audit.AuditQuery;
import org.zhijian.audit.AuditTrail;
import org.zhijian.notification.Notifications;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.access.AccessDeniedException;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;

@IntegrationTest
class WarningWorkflowIT {

    @LocalServerPort
    int port;

    @Autowired
    Warnings warnings;

    @Autowired
    Notifications notifications;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.zhijian.sampling.SamplingManagement samplingPlans;

    private final String tag = Long.toString(System.nanoTime(), 36);

    private static <T> T as(Actor actor, Supplier<T> work) {
        return CurrentActor.runAs(actor, work);
    }

    private Warning raised(String level) {
        return as(
                COUNTY_OFFICER,
                () -> warnings.raise(
                        new NewWarning("电动自行车电池起火 " + tag, COUNTY, CATEGORY, "FIRE", null, "县局接报多起", level)));
    }

    private void overdue(long id) {
        jdbc.sql("update risk_warning set due_at = now() - interval '1 hour' where id = ?")
                .param(id)
                .update();
    }

    private static final List<ScenarioInput> SCENARIOS = List.of(
            new ScenarioInput("充电时电池起火，烧伤使用者", 3, false, "电池过充保护失效 1/10\n起火时有人在旁 1/2"),
            new ScenarioInput("", null, false, ""),
            new ScenarioInput("", null, false, ""));

    @Test
    void aWarningGoesFromTriageThroughMeasuresToClosingWithEscalationWhenOverdue() throws Exception {
        Warning w = raised("HIGH");
        assertThat(w.status()).isEqualTo(WarningStatus.PENDING);
        assertThat(w.handlingLevel()).isEqualTo("COUNTY");
        assertThat(w.dueAt())
                .isBetween(w.createdAt().plusHours(71), w.createdAt().plusHours(73));
        assertThat(as(
                                COUNTY_OFFICER,
                                () -> warnings.search(
                                        new WarningQuery("mine", null, null, null, null, false),
                                        PageRequest.of(1, 500)))
                        .items())
                .extracting(Warning::id)
                .contains(w.id());
        assertThat(as(OTHER_COUNTY_OFFICER, () -> warnings.find(w.id()))).isEmpty();

        overdue(w.id());
        assertThat(as(PROVINCE, warnings::escalateOverdue)).isGreaterThanOrEqualTo(1);
        Warning escalated = as(PREFECTURE_OFFICER, () -> warnings.find(w.id())).orElseThrow();
        assertThat(escalated.handlingLevel()).isEqualTo("PREFECTURE");
        assertThat(escalated.escalations()).isEqualTo(1);
        assertThat(escalated.overdue()).isFalse();
        assertThat(as(PREFECTURE_OFFICER, () -> notifications.inbox(PageRequest.of(1, 50)))
                        .items())
                .anySatisfy(n -> assertThat(n.title()).contains(w.warningNo()).contains("升级"));
        assertThatThrownBy(() -> as(COUNTY_OFFICER, () -> warnings.assess(w.id(), SCENARIOS)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("RISK_007");

        Warning assessed = as(PREFECTURE_OFFICER, () -> warnings.assess(w.id(), SCENARIOS));
        assertThat(assessed.status()).isEqualTo(WarningStatus.ASSESSED);
        assertThat(assessed.riskLevel()).isEqualTo("SERIOUS"); // P = 0.05, severity 3
        assertThat(Assessment.parse(assessed.assessment())).hasSize(1);

        Measure alert = as(
                PREFECTURE_OFFICER,
                () -> warnings.addMeasure(
                        w.id(),
                        new NewMeasure(
                                MeasureKind.CONSUMER_ALERT,
                                "消费提示：谨慎选购电动自行车电池 " + tag,
                                "请选购有3C认证的电池，勿整夜充电。",
                                null,
                                null,
                                null,
                                null,
                                null)));
        Measure referral = as(
                PREFECTURE_OFFICER,
                () -> warnings.addMeasure(
                        w.id(),
                        new NewMeasure(
                                MeasureKind.REFERRAL_FOLLOW_UP,
                                "",
                                "涉事电池由长沙经销商供货，请核查",
                                "430100",
                                null,
                                null,
                                null,
                                null)));
        assertThat(as(PREFECTURE_OFFICER, () -> warnings.find(w.id()))
                        .orElseThrow()
                        .status())
                .isEqualTo(WarningStatus.ACTING);
        assertThat(referral.dueOn()).isEqualTo(java.time.LocalDate.now().plusDays(15));

        as(PREFECTURE_OFFICER, () -> warnings.publish(alert.id()));
        String body = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/public/consumer-alerts?q=" + tag))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(body).contains("谨慎选购电动自行车电池").contains("\"total\":1");

        assertThatThrownBy(() -> as(PREFECTURE_OFFICER, () -> warnings.close(w.id(), "已处置")))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("RISK_007");
        assertThat(as(CHANGSHA_OFFICER, warnings::awaitingReply))
                .extracting(Measure::id)
                .contains(referral.id());
        assertThat(as(CHANGSHA_OFFICER, () -> warnings.reply(referral.id(), "已核查经销商，封存库存 200 块"))
                        .status())
                .isEqualTo("DONE");

        Warning closed = as(PREFECTURE_OFFICER, () -> warnings.close(w.id(), "电池已下架召回，消费提示已发布"));
        assertThat(closed.status()).isEqualTo(WarningStatus.CLOSED);
        assertThat(audit.search(new AuditQuery(null, null, Long.toString(w.id()), null, null), PageRequest.of(1, 50))
                        .items())
                .filteredOn(e -> e.objectType().equals("risk_warning"))
                .extracting(e -> e.action())
                .contains(
                        "WARNING_RAISED",
                        "WARNING_ESCALATED",
                        "WARNING_ASSESSED",
                        "WARNING_MEASURE",
                        "CONSUMER_ALERT_PUBLISHED",
                        "WARNING_REPLY",
                        "WARNING_CLOSED");
    }

    @Test
    void aPendingWarningMayBeClosedAsNoRiskWithAReason() {
        Warning w = raised("LOW");
        assertThatThrownBy(() -> as(COUNTY_OFFICER, () -> warnings.dismiss(w.id(), " ")))
                .hasMessageContaining("RISK_006");
        Warning closed = as(COUNTY_OFFICER, () -> warnings.dismiss(w.id(), "经核实为同一消费者重复投诉"));
        assertThat(closed.status()).isEqualTo(WarningStatus.CLOSED);
        assertThat(closed.riskLevel()).isNull();
        assertThatThrownBy(() -> as(
                        COUNTY_OFFICER,
                        () -> warnings.addMeasure(
                                w.id(),
                                new NewMeasure(
                                        MeasureKind.INTERVIEW,
                                        "约谈",
                                        "约谈记录",
                                        null,
                                        "91430000MA4L00000X",
                                        null,
                                        null,
                                        null))))
                .hasMessageContaining("RISK_007");
    }

    @Test
    void aWarningOverdueAtThePrefectureGoesToTheProvinceAndOnlyOfficersInTheAreaMayRaiseOne() {
        Warning w = raised("SERIOUS");
        assertThat(w.dueAt())
                .isBetween(w.createdAt().plusHours(23), w.createdAt().plusHours(25));
        overdue(w.id());
        as(PROVINCE, warnings::escalateOverdue);
        overdue(w.id());
        as(PROVINCE, warnings::escalateOverdue);
        Warning top = as(PROVINCE, () -> warnings.find(w.id())).orElseThrow();
        assertThat(top.handlingLevel()).isEqualTo("PROVINCE");
        assertThat(top.escalations()).isEqualTo(2);
        assertThatThrownBy(() -> as(PREFECTURE_OFFICER, () -> warnings.assess(w.id(), SCENARIOS)))
                .hasMessageContaining("RISK_007");
        assertThat(as(PROVINCE, () -> warnings.assess(w.id(), SCENARIOS)).riskLevel())
                .isEqualTo("SERIOUS");

        assertThatThrownBy(() -> as(
                        OTHER_COUNTY_OFFICER,
                        () -> warnings.raise(new NewWarning("越界", COUNTY, null, null, null, "", "LOW"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        COUNTY_OFFICER,
                        () -> warnings.raise(new NewWarning("等级有误", COUNTY, null, null, null, "", "极高"))))
                .hasMessageContaining("RISK_006");
    }

    @Test
    void measuresCreateATargetedSamplingPlanAndTrackRecallRequestsInterviewsAndReferralsForAttention() {
        Warning w = raised("MEDIUM");
        as(COUNTY_OFFICER, () -> warnings.assess(w.id(), SCENARIOS));
        Measure sampling = as(
                PREFECTURE_OFFICER,
                () -> warnings.addMeasure(
                        w.id(),
                        new NewMeasure(MeasureKind.TARGETED_SAMPLING, "", "", null, null, "怀化市产品质量检验所", 12, null)));
        assertThat(sampling.planId()).isNotNull();
        assertThat(sampling.status()).isEqualTo("DONE");
        org.zhijian.sampling.Plan plan = as(PREFECTURE_OFFICER, () -> samplingPlans.plan(sampling.planId()))
                .orElseThrow();
        assertThat(plan.title()).contains("预警 " + w.warningNo());
        assertThat(plan.level()).isEqualTo(org.zhijian.sampling.PlanLevel.PREFECTURE);
        assertThat(plan.organizerRegion()).isEqualTo(RiskWorld.PREFECTURE);
        assertThat(plan.categories()).containsExactly(CATEGORY);
        assertThat(plan.targetTotal()).isEqualTo(12);

        Measure recall = as(
                COUNTY_OFFICER,
                () -> warnings.addMeasure(
                        w.id(),
                        new NewMeasure(
                                MeasureKind.RECALL_REQUEST,
                                "要求召回",
                                "请于 15 日内提交召回计划",
                                null,
                                "91431223MA4L0000X9",
                                null,
                                null,
                                null)));
        assertThat(recall.status()).isEqualTo("OPEN");
        assertThat(recall.dueOn()).isNotNull();
        Measure interview = as(
                COUNTY_OFFICER,
                () -> warnings.addMeasure(
                        w.id(),
                        new NewMeasure(
                                MeasureKind.INTERVIEW,
                                "约谈",
                                "约谈法定代表人，责令整改",
                                null,
                                "91431223MA4L0000X9",
                                null,
                                null,
                                null)));
        assertThat(interview.status()).isEqualTo("DONE");
        Measure attention = as(
                COUNTY_OFFICER,
                () -> warnings.addMeasure(
                        w.id(),
                        new NewMeasure(
                                MeasureKind.REFERRAL_ATTENTION, "", "供货商在长沙，供参考", "430100", null, null, null, null)));
        assertThat(attention.status()).isEqualTo("DONE");
        assertThat(as(CHANGSHA_OFFICER, () -> notifications.inbox(PageRequest.of(1, 50)))
                        .items())
                .anySatisfy(n -> assertThat(n.title()).contains(w.warningNo()).contains("通报关注"));
        assertThatThrownBy(() -> as(
                        COUNTY_OFFICER,
                        () -> warnings.addMeasure(
                                w.id(),
                                new NewMeasure(
                                        MeasureKind.REFERRAL_FOLLOW_UP, "", "转给自己", COUNTY, null, null, null, null))))
                .hasMessageContaining("RISK_006");
        assertThatThrownBy(() -> as(COUNTY_OFFICER, () -> warnings.close(w.id(), "结束")))
                .hasMessageContaining("RISK_007");
        as(COUNTY_OFFICER, () -> warnings.reply(recall.id(), "企业已提交召回计划"));
        assertThat(as(COUNTY_OFFICER, () -> warnings.close(w.id(), "已召回")).status())
                .isEqualTo(WarningStatus.CLOSED);
    }

    @Test
    void scenarioStepsNeedAProbabilityBetweenZeroAndOne() {
        Warning w = raised("MEDIUM");
        assertThatThrownBy(() -> as(
                        COUNTY_OFFICER,
                        () -> warnings.assess(w.id(), List.of(new ScenarioInput("情景", 2, false, "零件脱落 3/2")))))
                .hasMessageContaining("RISK_006")
                .hasMessageContaining("情景 1 第 1 行");
        assertThat(as(COUNTY_OFFICER, () -> warnings.find(w.id())).orElseThrow().status())
                .isEqualTo(WarningStatus.PENDING);
    }
}
