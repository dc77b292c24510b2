package org.zhijian.indicator.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.indicator.Appeal;
import org.zhijian.indicator.AssessmentResult;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.access.CurrentActor;

/**
 * Appeals against assessment items: filed by a prefecture's officer for their own sheet within the window the
 * province opened, decided by the province with a reason; an accepted appeal records the item's corrected input, so
 * the scores (computed from the inputs) follow, and the earlier input stays in the history.
 */
@Component
class AssessmentAppeals {

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    AssessmentAppeals(JdbcClient jdbc, CurrentActor currentActor, AuditTrail audit) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Transactional
    void open(long scheme, int year, java.time.LocalDate until) {
        if (until == null || until.isBefore(java.time.LocalDate.now())) {
            throw new BusinessRuleViolation(IndicatorValues.INVALID, "申诉截止日不能早于今天");
        }
        jdbc.sql("update assessment_scheme set appeal_until = ? where id = ?")
                .params(until, scheme)
                .update();
        audit.record(AuditEntry.of(
                "ASSESSMENT_APPEALS_OPENED", "assessment_scheme", Long.toString(scheme), year + " 年考核申诉期至 " + until));
    }

    @Transactional
    Appeal file(AssessmentResult r, long scheme, String prefecture, String itemCode, String reason) {
        int year = r.year();
        var actor = currentActor.get();
        actor.checkWritesPrefecture(prefecture);
        if (r.appealUntil() == null || java.time.LocalDate.now().isAfter(r.appealUntil())) {
            throw new BusinessRuleViolation(JdbcRounds.STATE, "不在申诉期内");
        }
        if (r.items().stream().noneMatch(i -> i.code().equals(itemCode)) || reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation(IndicatorValues.INVALID, "请选择考核项并写明申诉理由");
        }
        long id = jdbc.sql(
                        "insert into assessment_appeal (scheme_id, prefecture_code, item_code, reason, status, filed_by)"
                                + " values (?, ?, ?, ?, 'OPEN', ?) returning id")
                .params(scheme, prefecture, itemCode, reason.strip(), actor.username())
                .query(Long.class)
                .single();
        audit.record(AuditEntry.of(
                "ASSESSMENT_APPEAL",
                "assessment_appeal",
                Long.toString(id),
                year + " 年 " + prefecture + " 对 " + itemCode + " 申诉：" + reason.strip()));
        return list(year).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    Appeal decide(long appealId, boolean accept, Double newValue, String decision) {
        Object[] a = openAppeal(appealId);
        if (decision == null || decision.isBlank() || (accept && newValue == null)) {
            throw new BusinessRuleViolation(IndicatorValues.INVALID, "请写明处理意见，采纳时给出更正后的值");
        }
        if (accept) {
            correct(a, newValue, decision.strip());
        }
        jdbc.sql(
                        "update assessment_appeal set status = ?, decision = ?, new_value = ?, decided_by = ?, decided_at = now()"
                                + " where id = ?")
                .params(
                        accept ? "ACCEPTED" : "REJECTED",
                        decision.strip(),
                        accept ? newValue : null,
                        currentActor.get().username(),
                        appealId)
                .update();
        audit.record(AuditEntry.of(
                "ASSESSMENT_APPEAL_DECIDED",
                "assessment_appeal",
                Long.toString(appealId),
                (accept ? "采纳" : "驳回") + "申诉：" + decision.strip()));
        return list((int) a[1]).stream()
                .filter(x -> x.id() == appealId)
                .findFirst()
                .orElseThrow();
    }

    /** The appeal (scheme, year, prefecture, item), which must still be open. */
    private Object[] openAppeal(long appealId) {
        Object[] a = jdbc.sql(
                        "select a.scheme_id, s.year, a.prefecture_code, a.item_code, a.status from assessment_appeal a"
                                + " join assessment_scheme s on s.id = a.scheme_id where a.id = ?")
                .param(appealId)
                .query((rs, n) ->
                        new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)})
                .optional()
                .orElseThrow(() -> new BusinessRuleViolation(JdbcIndicators.UNKNOWN, "申诉 " + appealId));
        if (!"OPEN".equals(a[4])) {
            throw new BusinessRuleViolation(JdbcRounds.STATE, "申诉已处理");
        }
        return a;
    }

    /** An accepted appeal's corrected value, as a new input of the item (the earlier one is kept). */
    private void correct(Object[] a, Double newValue, String decision) {
        jdbc.sql("insert into assessment_input (scheme_id, item_code, prefecture_code, value, note, entered_by)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        a[0],
                        a[3],
                        a[2],
                        newValue,
                        "申诉采纳：" + decision,
                        currentActor.get().username())
                .update();
    }

    List<Appeal> list(int year) {
        return jdbc.sql("""
                select a.*, s.year from assessment_appeal a join assessment_scheme s on s.id = a.scheme_id
                where s.year = ? order by a.id""")
                .param(year)
                .query((rs, n) -> new Appeal(
                        rs.getLong("id"),
                        rs.getInt("year"),
                        rs.getString("prefecture_code"),
                        rs.getString("item_code"),
                        rs.getString("reason"),
                        rs.getString("status"),
                        rs.getString("decision"),
                        rs.getObject("new_value") == null ? null : rs.getDouble("new_value"),
                        rs.getString("filed_by"),
                        rs.getObject("filed_at", java.time.OffsetDateTime.class),
                        rs.getString("decided_by"),
                        rs.getObject("decided_at", java.time.OffsetDateTime.class)))
                .list();
    }
}
