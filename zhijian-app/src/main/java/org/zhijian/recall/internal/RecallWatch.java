package org.zhijian.recall.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.NameCandidate;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.recall.RecallSource;
import org.zhijian.recall.WatchMatch;

/**
 * The foreign-recall watch: after each recall import, foreign recalls whose origin is China are matched by their
 * manufacturer and recalling firm names to registered enterprises ({@code foreignNameCandidates}); matches are kept
 * for officers to follow up or dismiss (audited). Each recall is looked at once.
 */
@Component
class RecallWatch {

    private final JdbcClient jdbc;
    private final EnterpriseManagement enterprises;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    RecallWatch(JdbcClient jdbc, EnterpriseManagement enterprises, CurrentActor currentActor, AuditTrail audit) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** Matches every foreign recall of Chinese origin not looked at yet; returns the number of matches added. */
    int watch() {
        List<Object[]> pending = jdbc.sql(
                        "select id, manufacturer, recalling_firm from recall where source <> 'DOMESTIC' "
                                + "and watched_at is null and (lower(origin_country) like '%china%' or origin_country like '%中国%')")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
                .list();
        int added = 0;
        for (Object[] p : pending) {
            for (String firm : (p[1] + "; " + p[2]).split(";")) {
                for (NameCandidate c : enterprises.foreignNameCandidates(firm.strip(), 5)) {
                    added += jdbc.sql(
                                    "insert into recall_watch (recall_id, enterprise_uscc, enterprise_name, matched_name, "
                                            + "score) values (:recall, :uscc, :name, :firm, :score) on conflict do nothing")
                            .param("recall", p[0])
                            .param("uscc", c.uscc())
                            .param("name", c.name())
                            .param("firm", firm.strip())
                            .param("score", c.score())
                            .update();
                }
            }
            jdbc.sql("update recall set watched_at = now() where id = :id")
                    .param("id", p[0])
                    .update();
        }
        return added;
    }

    PageResult<WatchMatch> matches(String status, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = status == null || status.isBlank() ? "" : " where w.status = :status";
        params.put("status", status == null ? "" : status.strip().toUpperCase(java.util.Locale.ROOT));
        String from = " from recall_watch w join recall r on r.id = w.recall_id" + where;
        long total = jdbc.sql("select count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<WatchMatch> items = jdbc.sql(
                        "select r.id, r.source, r.reference, r.recalled_on, r.product, r.hazard, "
                                + "w.matched_name, w.enterprise_uscc, w.enterprise_name, w.score, w.status" + from
                                + " order by w.created_at desc, r.recalled_on desc, w.enterprise_uscc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new WatchMatch(
                        rs.getLong(1),
                        RecallSource.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4, java.time.LocalDate.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getDouble(10),
                        rs.getString(11)))
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    void decide(long recallId, String uscc, String status) {
        currentActor.get().checkMayWrite();
        if (!List.of("NEW", "FOLLOWING", "DISMISSED").contains(status)) {
            throw new BusinessRuleViolation(RecallErrors.BAD_WATCH_STATUS, status);
        }
        int changed = jdbc.sql("update recall_watch set status = :status, decided_by = :by, decided_at = now() "
                        + "where recall_id = :recall and enterprise_uscc = :uscc")
                .param("status", status)
                .param("by", currentActor.get().username())
                .param("recall", recallId)
                .param("uscc", uscc)
                .update();
        if (changed == 0) {
            throw new BusinessRuleViolation(RecallErrors.NOT_FOUND, recallId + "/" + uscc);
        }
        audit.record(new AuditEntry(
                "RECALL_WATCH",
                "recall",
                Long.toString(recallId),
                "国外召回关注：企业 " + uscc + " 标记为 " + status,
                null,
                Map.of("uscc", uscc, "status", status)));
    }
}
