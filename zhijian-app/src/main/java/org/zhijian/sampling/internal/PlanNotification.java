package org.zhijian.sampling.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.access.CurrentActor;

/**
 * Notifies the enterprises of a whole batch at once (送达检验结论): every decided, not yet notified record of a plan
 * whose report is dated on or before the notification date and that the officer may change. Non-conforming ones
 * get their rectification and follow-up check ordered, as a single notification does. Set-based: two statements
 * whatever the batch size.
 */
@Component
class PlanNotification {

    private final JdbcClient jdbc;
    private final JdbcPlans plans;
    private final SampleDeadlines deadlines;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    PlanNotification(
            JdbcClient jdbc, JdbcPlans plans, SampleDeadlines deadlines, CurrentActor currentActor, AuditTrail audit) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.deadlines = deadlines;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Transactional
    int notifyReported(long planId, LocalDate notifiedOn) {
        var plan =
                plans.plan(planId).orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.PLAN_NOT_FOUND, planId));
        if (notifiedOn == null || notifiedOn.isAfter(LocalDate.now())) {
            throw new BusinessRuleViolation(SamplingErrors.INVALID, "通知日期不能为空，也不能晚于今天");
        }
        Map<String, Object> params = new HashMap<>();
        var scope = currentActor.get().writeScope();
        params.put("scopeCode", scope.code());
        params.put("plan", planId);
        params.put("on", notifiedOn);
        List<Long> ids = jdbc.sql("update sampling_record set notified_on = :on, updated_at = now() "
                        + "where plan_id = :plan and notified_on is null and verdict in ('CONFORMING', 'NONCONFORMING') "
                        + "and (report_date is null or report_date <= :on) and "
                        + scope.sql("county_code", "prefecture_code", "enterprise_uscc") + " returning id")
                .params(params)
                .query(Long.class)
                .list();
        if (!ids.isEmpty()) {
            jdbc.sql("insert into sampling_followup (record_id, ordered_on, rectification_due, recheck_due) "
                            + "select id, :on, :rect, :recheck from sampling_record where id = any(cast(:ids as bigint[])) "
                            + "and verdict = 'NONCONFORMING' on conflict (record_id) do nothing")
                    .param("on", notifiedOn)
                    .param("rect", deadlines.rectificationDue(notifiedOn))
                    .param("recheck", deadlines.recheckDue(notifiedOn))
                    .param("ids", ids.toArray(Long[]::new))
                    .update();
        }
        audit.record(new AuditEntry(
                "SAMPLING_NOTIFY",
                "sampling_plan",
                Long.toString(planId),
                "批量通知企业检验结论：" + plan.title() + " 共 " + ids.size() + " 份（" + notifiedOn + "）",
                null,
                Map.of("notifiedOn", notifiedOn.toString(), "records", ids.size())));
        return ids.size();
    }
}
