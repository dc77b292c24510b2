package org.zhijian.indicator;

/** One prefecture's latest value of an indicator and its status, for the map. */
public record RegionStatus(
        String regionCode, String regionName, Integer year, Double value, String status, String statusLabel) {}
