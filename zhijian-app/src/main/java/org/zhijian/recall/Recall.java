package org.zhijian.recall;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.zhijian.classification.ClassifiedAs;

/**
 * A recall or alert as its source published it.
 *
 * @param source where it comes from
 * @param reference the source's identifier (openFDA recall number, RASFF reference, CPSC recall number, 国内编号)
 * @param recallType e.g. 主动召回, 责令召回, {@code Voluntary: Firm Initiated}
 * @param riskClass the source's class or risk level, as the source words it ({@code Class I}, {@code serious})
 * @param recalledOn the recall's (or notification's) date
 * @param manufacturerUscc the manufacturer's credit code when it is a registered Chinese enterprise
 * @param countyCode for domestic recalls, the county of the recalling enterprise
 * @param linkStatus for domestic recalls, how the manufacturer is linked to the registry: {@code LINKED} (credit
 *     code, or confirmed by an officer), {@code MATCHED} (by name), {@code UNRESOLVED}; null for foreign ones
 */
public record Recall(
        long id,
        RecallSource source,
        String reference,
        String recallType,
        String riskClass,
        String status,
        LocalDate recalledOn,
        String product,
        String productCategory,
        String brand,
        String model,
        String gtin,
        String batch,
        String quantity,
        String hazard,
        String hazardCategory,
        String originCountry,
        String manufacturer,
        String manufacturerUscc,
        String recallingFirm,
        String notifyingCountry,
        String measures,
        String distribution,
        String description,
        String url,
        String countyCode,
        String linkStatus,
        OffsetDateTime updatedAt,
        ClassifiedAs classifiedAs) {

    public String sourceLabel() {
        return source.label();
    }
}
