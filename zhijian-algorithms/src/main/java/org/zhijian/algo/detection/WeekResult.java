package org.zhijian.algo.detection;

import java.util.Map;

/**
 * One evaluated week of a series.
 *
 * @param week the 1-based index of the week in the series
 * @param observed the count
 * @param expected the baseline expectation; NaN where the method has none or did not evaluate
 * @param upperbound the threshold; NaN when the week could not be evaluated (too little data, the 5-in-4-weeks rule
 *     of Farrington Flexible, a degenerate fit) — "not evaluated", which is not "no alarm"
 * @param alarm whether the week signals
 * @param diagnostics the method's own figures (dispersion, trend used, score, p-value, statistic …)
 */
public record WeekResult(
        int week, double observed, double expected, double upperbound, boolean alarm, Map<String, Double> diagnostics) {

    public WeekResult {
        diagnostics = Map.copyOf(diagnostics);
    }

    public boolean evaluated() {
        return !Double.isNaN(upperbound);
    }
}
