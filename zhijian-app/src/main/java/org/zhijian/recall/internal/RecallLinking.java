package org.zhijian.recall.internal;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.algo.matching.NameMatch;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.enterprise.Enterprise;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.NameCandidate;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.recall.Recall;

/**
 * Links domestic recalls to the registry: by the manufacturer's credit code when given; else by name when exactly
 * one registrant scores at least {@link NameMatch#MATCH} (a second as good leaves it to an officer); else the recall
 * waits as UNRESOLVED with its candidates shown. Officers confirm or correct a link; every decision is audited.
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
            String uscc = (String) p[1];
            if (uscc != null) {
                boolean known = enterprises.find(uscc).isPresent();
                store((long) p[0], known ? "LINKED" : "UNRESOLVED", uscc, "导入");
                linked += known ? 1 : 0;
                continue;
            }
            List<NameCandidate> best = enterprises.candidates((String) p[2], 2);
            boolean unique = !best.isEmpty()
                    && best.get(0).score() >= NameMatch.MATCH
                    && (best.size() == 1 || best.get(1).score() < NameMatch.MATCH);
            store(
                    (long) p[0],
                    unique ? "MATCHED" : "UNRESOLVED",
                    unique ? best.get(0).uscc() : null,
                    "按名称");
            linked += unique ? 1 : 0;
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
