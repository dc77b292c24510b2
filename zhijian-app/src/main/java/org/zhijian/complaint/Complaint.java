package org.zhijian.complaint;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.zhijian.classification.ClassifiedAs;

/**
 * A complaint or report. Outside the record's own page the complainant's phone and identity number are masked.
 *
 * @param linkStatus how the respondent was found in the registry: LINKED, MATCHED or UNRESOLVED
 * @param enterpriseUscc the registered enterprise the complaint is about, when found
 * @param classifiedAs the category and hazard type, and whether the keyword classifier chose them
 */
public record Complaint(
        long id,
        String complaintNo,
        String channel,
        OffsetDateTime receivedAt,
        String complainantName,
        String complainantPhone,
        String complainantId,
        String respondentName,
        String respondentUscc,
        String respondentAddress,
        String countyCode,
        String countyName,
        String product,
        String categoryCode,
        String problemType,
        String description,
        BigDecimal amount,
        ComplaintStatus status,
        OffsetDateTime acceptedAt,
        OffsetDateTime handlingAt,
        OffsetDateTime closedAt,
        String outcome,
        String linkStatus,
        String enterpriseUscc,
        ClassifiedAs classifiedAs) {

    public String hazardCode() {
        return classifiedAs.hazardCode();
    }

    public String statusLabel() {
        return status.label();
    }
}
