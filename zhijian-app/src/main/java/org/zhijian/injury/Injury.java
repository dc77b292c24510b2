package org.zhijian.injury;

import java.time.LocalDate;
import org.zhijian.classification.ClassifiedAs;

/**
 * A product injury or accident.
 *
 * @param severity EU risk-assessment harm level: 1 first aid, 2 emergency care without admission, 3 admission or
 *     lasting loss of function, 4 fatal or permanent severe harm
 * @param hazardType the hazard as the source wrote it
 * @param classifiedAs the category and hazard type, and whether the keyword classifier chose them
 * @param linkStatus how the manufacturer was found in the registry: LINKED, MATCHED, UNRESOLVED (null: none named)
 */
public record Injury(
        long id,
        String caseNo,
        LocalDate occurredOn,
        String countyCode,
        String countyName,
        String place,
        String ageBand,
        String sex,
        String injuryType,
        String bodyPart,
        int severity,
        String product,
        String brand,
        String model,
        String hazardType,
        String description,
        String source,
        String manufacturer,
        String manufacturerUscc,
        String linkStatus,
        String enterpriseUscc,
        ClassifiedAs classifiedAs) {}
