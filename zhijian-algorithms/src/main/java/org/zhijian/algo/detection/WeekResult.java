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
 * @param decided whether {@code alarm} is a decision: true wherever there is a threshold, and also where a rule
 *     decides "no alarm" without one (Farrington Flexible's limit54, as R reports FALSE there); false where the
 *     week could not be evaluated at all (R's NA)
 */
public record WeekResult(
        int week,
        double observed,
        double expected,
        double upperbound,
        boolean alarm,
        Map<String, Double> diagnostics,
        boolean decided) {

    public WeekResult {
        diagnostics = Map.copyOf(diagnostics);
    }

    /** A week whose alarm is decided exactly when it has a threshold. */
    public WeekResult(
            int week,
            double observed,
            double expected,
            double upperbound,
            boolean alarm,
            Map<String, Double> diagnostics) {
        this(week, observed, expected, upperbound, alarm, diagnostics, !Double.isNaN(upperbound));
    }

    /** Whether the alarm is a decision (R's TRUE/FALSE) rather than "not evaluated" (R's NA). */
    public boolean evaluated() {
        return decided;
    }

    /** Whether the week has a threshold. */
    public boolean hasThreshold() {
        return !Double.isNaN(upperbound);
    }
}
