package org.zhijian.risk;

/** Signal intensity of one region and category in a week: how many signals and the strongest score. */
public record HeatCell(
        String regionCode, String regionName, String categoryCode, String categoryName, int signals, double maxScore) {}
