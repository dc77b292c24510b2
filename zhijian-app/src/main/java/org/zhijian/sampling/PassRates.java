package org.zhijian.sampling;

import java.util.List;

/**
 * Pass rates per group, the overall rate (numerators and denominators summed, never an average of rates) and
 * Pearson's chi-square test of homogeneity across the groups.
 *
 * @param smallExpected some expected counts are below 5, the test is approximate
 */
public record PassRates(
        String by,
        int year,
        List<PassRate> groups,
        PassRate overall,
        double chiSquare,
        int degreesOfFreedom,
        double pValue,
        boolean smallExpected) {}
