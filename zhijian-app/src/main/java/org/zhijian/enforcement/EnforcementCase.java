package org.zhijian.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.zhijian.classification.ClassifiedAs;

/**
 * An administrative penalty decision.
 *
 * @param confiscation what was confiscated (没收违法所得、非法财物), empty for none
 * @param suspension whether production or business was ordered suspended (责令停产停业)
 * @param revocation whether a licence was revoked (吊销许可证件)
 * @param publicityUntil the end of the period in which the decision is published (公示期)
 */
public record EnforcementCase(
        long id,
        String caseNo,
        String partyName,
        String partyUscc,
        String countyCode,
        String countyName,
        String violationType,
        String legalBasis,
        String facts,
        BigDecimal fineAmount,
        String confiscation,
        boolean suspension,
        boolean revocation,
        LocalDate decidedOn,
        LocalDate publicityUntil,
        String linkStatus,
        String enterpriseUscc,
        ClassifiedAs classifiedAs) {

    /** Whether the decision is still in its publicity period on {@code day}. */
    public boolean publicOn(LocalDate day) {
        return publicityUntil != null && !day.isAfter(publicityUntil);
    }
}
