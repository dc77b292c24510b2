package org.zhijian.indicator;

/**
 * A value to record for a year and region (the province or a prefecture): the value itself or, for a rate, its
 * numerator and denominator (the value is then computed from them).
 *
 * @param note why the value changed much from the year before (required beyond the configured change)
 */
public record NewIndicatorValue(
        Integer year,
        String regionCode,
        Double value,
        Double numerator,
        Double denominator,
        Double nationalTarget,
        String note) {}
