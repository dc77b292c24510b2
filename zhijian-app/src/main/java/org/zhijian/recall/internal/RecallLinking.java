package org.zhijian.recall.internal;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.enterprise.Enterprise;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.NameCandidate;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.recall.Recall;

/**
 * Links domestic recalls to the registry ({@code EnterpriseManagement.resolve}: by the manufacturer's credit code,
 * else by a unique name match); the others wait as UNRESOLVED with their candidates shown. Officers confirm or
 * correct a link; every decision is audited.
 */
@Component
class RecallLinking {

    private final JdbcClient jdbc;
    private final EnterpriseManagement enterprises;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    RecallLinking(JdbcClient jdbc, EnterpriseManagement enterprises, CurrentActor currentActor, AuditTrail audit) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** Links every domestic recall not yet looked at; returns how many were linked. */
    @Transactional
    int linkPending() {
        List<Object[]> pending = jdbc.sql(
                        "select id, manufacturer_uscc, coalesce(nullif(manufacturer, ''), recalling_firm) "
                                + "from recall where source = 'DOMESTIC' and link_status is null order by id")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
                .list();
        int linked = 0;
        for (Object[] p : pending) {
            var found = enterprises.resolve((String) p[1], (String) p[2]);
            store((long) p[0], found.status(), found.uscc() != null ? found.uscc() : (String) p[1], "导入");
            linked += found.uscc() != null ? 1 : 0;
        }
        return linked;
    }

    private void store(long id, String status, String uscc, String by) {
        jdbc.sql(
                        "update recall set link_status = :status, manufacturer_uscc = :uscc, linked_by = :by, linked_at = now() "
                                + "where id = :id")
                .param("status", status)
                .param("uscc", uscc)
                .param("by", by)
                .param("id", id)
                .update();
    }

    List<NameCandidate> candidates(Recall recall) {
        String name = recall.manufacturer().isBlank() ? recall.recallingFirm() : recall.manufacturer();
        return name.isBlank() ? List.of() : enterprises.candidates(name, 10);
    }

    @Transactional
    void link(Recall recall, String uscc) {
        currentActor.get().checkMayWrite();
        if (recall.source() != org.zhijian.recall.RecallSource.DOMESTIC) {
            throw new BusinessRuleViolation(RecallErrors.NOT_DOMESTIC, recall.reference());
        }
        Enterprise enterprise = enterprises
                .find(uscc == null ? "" : uscc.strip())
                .orElseThrow(() -> new BusinessRuleViolation(RecallErrors.NO_SUCH_ENTERPRISE, uscc));
        store(recall.id(), "LINKED", enterprise.uscc(), currentActor.get().username());
        audit.record(new AuditEntry(
                "RECALL_LINK",
                "recall",
                Long.toString(recall.id()),
                "召回 " + recall.reference() + " 关联企业 " + enterprise.name(),
                Map.of(
                        "status",
                        String.valueOf(recall.linkStatus()),
                        "uscc",
                        String.valueOf(recall.manufacturerUscc())),
                Map.of("status", "LINKED", "uscc", enterprise.uscc())));
    }
}
