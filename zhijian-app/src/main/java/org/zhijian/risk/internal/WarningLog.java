package org.zhijian.risk.internal;

import org.springframework.stereotype.Component;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.notification.Notice;
import org.zhijian.notification.Notifications;
import org.zhijian.risk.Warning;

/** Audits a warning's change and tells the officers who handle it (in the platform, and by e-mail when set up). */
@Component
class WarningLog {

    private final AuditTrail audit;
    private final Notifications notifications;

    WarningLog(AuditTrail audit, Notifications notifications) {
        this.audit = audit;
        this.notifications = notifications;
    }

    /** Audits the change with the warning before and after. */
    void changed(String action, Warning before, Warning after, String summary) {
        audit.record(new AuditEntry(
                action, "risk_warning", Long.toString(after.id()), after.warningNo() + " " + summary, before, after));
    }

    /** Notifies the officers of the level now handling the warning. */
    void notifyHandlers(Warning w, String what) {
        notifications.send(new Notice(
                w.handlingLevel(),
                regionOf(w, w.handlingLevel()),
                "预警 " + w.warningNo() + " " + what,
                w.title() + "（" + levelLabel(w.level()) + "风险，期限 " + w.dueAt().toLocalDate() + "）",
                "/risk/warnings/" + w.id()));
    }

    /** Notifies a region's officers of a referral. */
    void notifyRegion(String level, String region, Warning w, String what) {
        notifications.send(
                new Notice(level, region, "预警 " + w.warningNo() + " " + what, w.title(), "/risk/warnings/" + w.id()));
    }

    static String regionOf(Warning w, String level) {
        return switch (level) {
            case "COUNTY" -> w.countyCode();
            case "PREFECTURE" -> w.prefectureCode();
            default -> "";
        };
    }

    static String levelLabel(String level) {
        return level == null
                ? ""
                : org.zhijian.algo.risk.RiskLevel.valueOf(level).label();
    }
}
