package org.zhijian.sampling;

/**
 * What to compute pass rates of.
 *
 * @param by group by {@code region} (prefectures, or the counties of {@code region} when it is a prefecture),
 *     {@code category}, {@code industry}, {@code placeType} or {@code level}
 * @param year year of sampling (default: the current year)
 * @param region prefecture or county code to restrict to (default: the reader's whole area)
 * @param kind category kind, e.g. FOOD or CONSUMER (default: all)
 * @param level plan level NATIONAL, PROVINCE, PREFECTURE or COUNTY (default: all)
 */
public record PassRateQuery(String by, Integer year, String region, String kind, String level) {}
