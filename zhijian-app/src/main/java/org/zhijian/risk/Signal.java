package org.zhijian.risk;

import java.time.LocalDate;

/**
 * An alarm of one method on one series in one week.
 *
 * @param source the series' source code (COMPLAINT, INJURY …)
 * @param regionLevel PROVINCE, PREFECTURE or COUNTY
 * @param categoryCode the category, {@code *} for all categories
 * @param population the week's population when the series is a rate (samples decided), else 0
 * @param expected the method's expected count, null when it gives none
 * @param threshold the upper bound the count exceeded
 * @param score observed ÷ threshold, the signal's strength
 * @param diagnostics the method's diagnostics as {@code name=value; …}
 * @param covered whether a narrower series (a county, a sub-category) signals too and explains this one
 * @param warningId the warning the signal belongs to, null when none
 */
public record Signal(
        long id,
        String week,
        LocalDate weekStart,
        String source,
        String sourceLabel,
        String regionCode,
        String regionName,
        String regionLevel,
        String categoryCode,
        String categoryName,
        String method,
        int observed,
        int population,
        Double expected,
        Double threshold,
        double score,
        String diagnostics,
        boolean covered,
        Long warningId) {}
