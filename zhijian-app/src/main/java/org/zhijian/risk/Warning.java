package org.zhijian.risk;

import java.time.OffsetDateTime;

/**
 * A risk warning.
 *
 * @param origin SIGNAL (raised by a detection run) or MANUAL
 * @param source the series source of a signal warning, else null
 * @param regionCode the region concerned (a county, a prefecture or the province)
 * @param preliminaryLevel the level assumed until the assessment (sets the triage deadline)
 * @param riskLevel the assessed level, null before triage
 * @param assessment the injury scenarios as stored ({@link Assessment#format})
 * @param handlingLevel who must act now: COUNTY, PREFECTURE or PROVINCE (moves up when overdue)
 * @param escalations how many times it moved up
 * @param dueAt when the current stage (triage, then handling) is due
 */
public record Warning(
        long id,
        String warningNo,
        String title,
        String origin,
        String source,
        String sourceLabel,
        String categoryCode,
        String categoryName,
        String hazardCode,
        String regionCode,
        String regionName,
        String countyCode,
        String prefectureCode,
        String enterpriseUscc,
        String description,
        WarningStatus status,
        String preliminaryLevel,
        String riskLevel,
        String assessment,
        String handlingLevel,
        int escalations,
        OffsetDateTime dueAt,
        String conclusion,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime closedAt) {

    public boolean overdue() {
        return status != WarningStatus.CLOSED && dueAt.isBefore(OffsetDateTime.now());
    }

    /** The level that counts now: the assessed one, else the preliminary one. */
    public String level() {
        return riskLevel != null ? riskLevel : preliminaryLevel;
    }
}
