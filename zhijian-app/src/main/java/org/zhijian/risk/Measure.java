package org.zhijian.risk;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A measure taken on a warning.
 *
 * @param targetRegion the region a referral goes to
 * @param planId the sampling plan a targeted sampling created
 * @param dueOn when a reply is due (referral for follow-up, recall request)
 * @param status OPEN until done or replied, then DONE
 * @param publishedAt when a consumer alert was published
 */
public record Measure(
        long id,
        long warningId,
        MeasureKind kind,
        String title,
        String detail,
        String targetRegion,
        String targetRegionName,
        String enterpriseUscc,
        Long planId,
        LocalDate dueOn,
        String status,
        String reply,
        String repliedBy,
        OffsetDateTime repliedAt,
        OffsetDateTime publishedAt,
        String createdBy,
        OffsetDateTime createdAt) {

    public boolean overdue() {
        return "OPEN".equals(status) && dueOn != null && dueOn.isBefore(LocalDate.now());
    }
}
