package org.zhijian.enterprise;

/**
 * A row of the enterprise list.
 *
 * @param uscc credit code
 * @param name name
 * @param countyCode county code
 * @param countyName county name
 * @param prefectureName prefecture name
 * @param industryCode GB/T 4754 division
 * @param industryName its Chinese name
 * @param scale size label
 * @param status status label
 */
public record EnterpriseSummary(
        String uscc,
        String name,
        String countyCode,
        String countyName,
        String prefectureName,
        String industryCode,
        String industryName,
        String scale,
        String status) {}
