package org.zhijian.algo.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Poisson GLR detector for an increase of the intercept, as R's {@code surveillance::algo.glrpois} (= algo.glrnb
 * with α = 0, change "intercept", direction "inc", M = −1, Mtilde = 1; Höhle and Paul 2008).
 *
 * <pre>
 *   μ₀(t): Poisson GLM log μ₀ = β₀ [+ β·t] + Σ_{s=1..S} (γ_s cos(2πst/52) + δ_s sin(2πst/52)) fitted on t = 1..r₁−1
 *          (absolute week index) and predicted for the range
 *   GLR(n) = max_{j=seg..n} [κ_j X_j + (1 − e^{κ_j}) M_j],  X_j = Σ_{i=j..n} y_i, M_j = Σ_{i=j..n} μ₀(i),
 *            κ_j = max(0, ln(X_j / M_j))
 *   alarm iff GLR(n) ≥ c.ARL; after an alarm the segment restarts at n+1
 *   upperbound = the smallest count c ≥ 0 with GLR(n) ≥ c.ARL when y_n = c (GLR rises with y_n: bisection)
 * </pre>
 *
 * Defaults: c.ARL = 5, S = 1, no trend. Edge cases: fewer weeks before the range than GLM parameters is refused;
 * a μ₀ of 0 makes κ infinite for any count, which alarms.
 */
public final class GlrPoisson {

    /**
     * @param cArl the threshold
     * @param harmonics S, the number of harmonic pairs in the μ₀ model
     * @param trend whether the μ₀ model has a linear trend
     */
    public record Params(double cArl, int harmonics, boolean trend) {

        public static Params defaults() {
            return new Params(5, 1, false);
        }
    }

    private GlrPoisson() {}

    public static List<WeekResult> detect(double[] y, int from, int to, Params p) {
        return detect(y, from, to, from, p);
    }

    /**
     * Runs the chart over weeks {@code from..to} but reports only weeks {@code report..to}: the weeks before only
     * move the chart (its restarts), as a daily run that evaluates the latest weeks of a long series needs.
     */
    public static List<WeekResult> detect(double[] y, int from, int to, int report, Params p) {
        if (to > y.length || from > to || from < 2 || report < from || report > to) {
            throw new IllegalArgumentException("bad range " + from + ".." + to);
        }
        double[] mu0 = baseline(y, from, to, p);
        double[] obs = java.util.Arrays.copyOfRange(y, from - 1, to);
        List<WeekResult> out = new ArrayList<>();
        int segment = 0;
        for (int n = 0; n <= to - from; n++) {
            double glr = glr(obs, mu0, segment, n);
            boolean alarm = glr >= p.cArl();
            if (from + n >= report) {
                double bound = smallestAlarmingCount(obs, mu0, segment, n, p.cArl());
                out.add(new WeekResult(from + n, obs[n], mu0[n], bound, alarm, Map.of("glr", glr)));
            }
            if (alarm) {
                segment = n + 1;
            }
        }
        return out;
    }

    /** μ₀ for the range from the Poisson GLM on the weeks before it. */
    static double[] baseline(double[] y, int from, int to, Params p) {
        int train = from - 1;
        double[][] x = new double[train][];
        double[] yt = new double[train];
        for (int t = 1; t <= train; t++) {
            x[t - 1] = design(t, p);
            yt[t - 1] = y[t - 1];
        }
        PoissonGlm.Fit fit = PoissonGlm.fit(x, yt, null);
        double[] mu0 = new double[to - from + 1];
        for (int t = from; t <= to; t++) {
            mu0[t - from] = Math.max(Math.exp(fit.linear(design(t, p))), PoissonGlm.EPS);
        }
        return mu0;
    }

    private static double[] design(int t, Params p) {
        double[] row = new double[1 + (p.trend() ? 1 : 0) + 2 * p.harmonics()];
        int j = 0;
        row[j++] = 1;
        if (p.trend()) {
            row[j++] = t;
        }
        for (int s = 1; s <= p.harmonics(); s++) {
            row[j++] = Math.cos(2 * s * Math.PI / 52 * t);
            row[j++] = Math.sin(2 * s * Math.PI / 52 * t);
        }
        return row;
    }

    private static double glr(double[] y, double[] mu0, int segment, int n) {
        double best = 0;
        double x = 0;
        double m = 0;
        for (int j = n; j >= segment; j--) {
            x += y[j];
            m += mu0[j];
            if (x > m) { // otherwise κ = 0 and the term is 0
                double kappa = Math.log(x / m);
                best = Math.max(best, kappa * x + (1 - x / m) * m);
            }
        }
        return best;
    }

    private static double smallestAlarmingCount(double[] y, double[] mu0, int segment, int n, double cArl) {
        double saved = y[n];
        try {
            long hi = 1;
            y[n] = hi;
            while (glr(y, mu0, segment, n) < cArl) {
                hi *= 2;
                y[n] = hi;
            }
            long lo = -1L;
            while (hi - lo > 1) {
                long mid = (lo + hi) >>> 1;
                y[n] = mid;
                if (glr(y, mu0, segment, n) >= cArl) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            return hi;
        } finally {
            y[n] = saved;
        }
    }
}
