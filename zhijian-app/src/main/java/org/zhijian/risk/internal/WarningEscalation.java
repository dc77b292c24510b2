package org.zhijian.risk.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.risk.Warning;
import org.zhijian.risk.WarningStatus;

/**
 * Overdue warnings move up a level (county → prefecture → province) with a fresh deadline for the stage they are
 * in, are audited and the new level notified; a warning overdue at the province stays there and is listed as
 * overdue. Checked every {@code zhijian.risk.escalation-delay} (10 minutes).
 */
@Component
class WarningEscalation {

    private final JdbcClient jdbc;
    private final WarningStore store;
    private final WarningLog log;
    private final RiskSettings settings;
    private final TransactionTemplate tx;

    WarningEscalation(
            JdbcClient jdbc, WarningStore store, WarningLog log, RiskSettings settings, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.store = store;
        this.log = log;
        this.settings = settings;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${zhijian.risk.escalation-delay:PT10M}", initialDelayString = "PT1M")
    void scheduled() {
        CurrentActor.runAs(Actor.system("system"), this::escalateOverdue);
    }

    synchronized int escalateOverdue() {
        List<Long> due = jdbc.sql("select id from risk_warning where status <> 'CLOSED' and due_at < now()"
                        + " and handling_level <> 'PROVINCE' order by due_at")
                .query(Long.class)
                .list();
        due.forEach(id -> tx.executeWithoutResult(s -> escalate(id)));
        return due.size();
    }

    private void escalate(long id) {
        Warning before = store.find(id).orElseThrow();
        String up =
                "COUNTY".equals(before.handlingLevel()) && before.prefectureCode() != null ? "PREFECTURE" : "PROVINCE";
        OffsetDateTime due = OffsetDateTime.now()
                .plus(
                        before.status() == WarningStatus.PENDING
                                ? settings.triage(before.level())
                                : settings.handling(before.level()));
        jdbc.sql("update risk_warning set handling_level = ?, escalations = escalations + 1, due_at = ?,"
                        + " updated_at = now() where id = ?")
                .params(up, due, id)
                .update();
        Warning after = store.find(id).orElseThrow();
        String to = "PREFECTURE".equals(up) ? "市州" : "省局";
        log.changed(
                "WARNING_ESCALATED",
                before,
                after,
                "逾期未" + (before.status() == WarningStatus.PENDING ? "研判" : "办结") + "，升级至" + to);
        log.notifyHandlers(after, "逾期升级，请" + to + "督办");
    }
}
