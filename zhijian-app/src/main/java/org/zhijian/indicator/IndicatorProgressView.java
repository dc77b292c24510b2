package org.zhijian.indicator;

/**
 * An indicator with its plan and where it stands.
 *
 * @param comparator {@code >=}, {@code <=}, {@code =} or {@code >=national} (the national target, supplied per year)
 * @param attribute EXPECTED (预期性) or BINDING (约束性)
 * @param source ENTERED or COMPUTED (from the sampling records)
 * @param year the year of the latest value, null when none
 * @param value the latest value
 * @param numerator the rate's numerator (computed rates: samples passed), null otherwise
 * @param denominator the rate's denominator (samples decided)
 * @param expected the value the linear trajectory expects in that year
 * @param status MET, ON_TRACK, BEHIND, WARNING, NO_DATA or NO_TARGET
 * @param statusLabel 已达标, 正常, 滞后, 预警, 无数据, 目标待定
 */
public record IndicatorProgressView(
        long id,
        String plan,
        int no,
        String domain,
        String name,
        String unit,
        String comparator,
        int baselineYear,
        double baselineValue,
        int targetYear,
        Double targetValue,
        String targetText,
        String attribute,
        String source,
        Integer year,
        Double value,
        Double numerator,
        Double denominator,
        Double expected,
        String status,
        String statusLabel) {}
