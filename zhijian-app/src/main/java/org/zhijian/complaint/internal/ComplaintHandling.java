package org.zhijian.complaint.internal;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.complaint.Complaint;
import org.zhijian.complaint.ComplaintStatus;
import org.zhijian.platform.BusinessRuleViolation;

/** Moves complaints through their states, each step stamped and audited (the caller checks the officer's area). */
@Component
class ComplaintHandling {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ComplaintHandling(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    void transition(Complaint c, ComplaintStatus to, String outcome) {
        if (to == null || !c.status().next().contains(to)) {
            throw new BusinessRuleViolation(
                    ComplaintErrors.TRANSITION, c.status().label(), to == null ? "" : to.label());
        }
        if (to == ComplaintStatus.CLOSED && (outcome == null || outcome.isBlank())) {
            throw new BusinessRuleViolation(ComplaintErrors.INVALID, "办结须填写办理结果");
        }
        String stamp = switch (to) {
            case ACCEPTED -> "accepted_at";
            case MEDIATING, TRANSFERRED -> "handling_at";
            default -> "closed_at";
        };
        jdbc.sql("update complaint set status = :to, " + stamp + " = now(), outcome = coalesce(:outcome, outcome), "
                        + "updated_at = now() where id = :id and status = :from")
                .param("to", to.name())
                .param("outcome", outcome == null || outcome.isBlank() ? null : outcome.strip())
                .param("id", c.id())
                .param("from", c.status().name())
                .update();
        audit.record(new AuditEntry(
                "COMPLAINT_" + to.name(),
                "complaint",
                Long.toString(c.id()),
                "投诉举报 " + c.complaintNo() + "：" + c.status().label() + " → " + to.label(),
                Map.of("status", c.status().name()),
                Map.of("status", to.name())));
    }
}
