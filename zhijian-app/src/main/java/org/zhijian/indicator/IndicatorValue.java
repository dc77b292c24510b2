package org.zhijian.indicator;

import java.time.OffsetDateTime;

/**
 * A value as given (every value is kept; the latest for a year and region counts).
 *
 * @param nationalTarget the year's national target, for indicators whose target is "达到国家考核目标"
 * @param note the reporter's explanation (required for a large change)
 */
public record IndicatorValue(
        long id,
        int year,
        String regionCode,
        String regionName,
        Double value,
        Double numerator,
        Double denominator,
        Double nationalTarget,
        String note,
        String enteredBy,
        OffsetDateTime enteredAt) {}
