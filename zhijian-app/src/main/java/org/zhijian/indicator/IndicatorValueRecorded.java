package org.zhijian.indicator;

/** A value of an indicator was recorded for a year and region. */
public record IndicatorValueRecorded(long indicatorId, int year, String regionCode) {}
