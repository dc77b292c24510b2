package org.zhijian.sampling;

/**
 * A pass rate with its Wilson 95 % interval and its change against the year before.
 *
 * @param key group key (region code, category code, industry division, place type or plan level)
 * @param name Chinese name of the group
 * @param passed conforming samples
 * @param total samples with a final verdict
 * @param rate passed / total ({@code null} without samples)
 * @param lower lower end of the Wilson 95 % interval
 * @param upper upper end
 * @param previousRate the same group's rate the year before, or {@code null}
 * @param change rate − previousRate in percentage points, or {@code null}
 * @param residual adjusted standardized residual of the failures in the chi-square test (positive: fails more)
 * @param outlier |residual| &gt; 1.96
 */
public record PassRate(
        String key,
        String name,
        long passed,
        long total,
        Double rate,
        double lower,
        double upper,
        Double previousRate,
        Double change,
        Double residual,
        boolean outlier) {}
