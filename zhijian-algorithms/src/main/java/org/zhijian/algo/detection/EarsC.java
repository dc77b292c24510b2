package org.zhijian.algo.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CDC's Early Aberration Reporting System methods C1, C2 and C3 as R's {@code surveillance::earsC} computes them.
 *
 * <pre>
 *   C1: window y[t−B..t−1];  C2 and C3: y[t−B−2..t−3] (a two-week guard band); ȳ, s = sample SD (B−1), s* = max(s, minSigma)
 *   C1, C2: U = ȳ + z·s*,  z = Φ⁻¹(1 − α) (one-sided: α = 0.001 → 3.090232)
 *   C3 (R_COMPAT): C2(u) = (y_u − ȳ₂(u))/s₂*(u);  L₂ = max(0, C2(t−2) − 1), L₁ = max(0, C2(t−1) − 1);
 *                  U = max(0, y_t + s₂*(t)·(z − L₁ − L₂)), α = 0.025
 *   C3 (CDC):      signal when Σ_{i=0..2} max(0, C2(t−i) − 1) > z, i.e. U = ȳ₂(t) + s₂*(t)·(1 + z − L₁ − L₂), and y_t > 0
 *   alarm: y_t > U (strict)
 * </pre>
 *
 * Source: Hutwagner et al. (2003); Fricker et al. (2008); surveillance 1.20.3 {@code R/earsC.R}. R's C3 uses y_t,
 * not ȳ₂(t), in U ([R-QUIRK]): an alarm then needs L₁ + L₂ > z. Edge cases: B < 3 is refused; with minSigma = 0 a
 * constant window gives s = 0, so any count above the mean alarms (C1, C2) and C3 may be NaN (not evaluated), as R
 * writes NA; a positive minSigma (0.5 or 1 for sparse series) avoids both.
 */
public final class EarsC {

    /** Which variant. */
    public enum Method {
        C1,
        C2,
        C3
    }

    /** How C3 is computed. */
    public enum C3Mode {
        R_COMPAT,
        CDC
    }

    /**
     * @param method C1, C2 or C3
     * @param baseline B, at least 3
     * @param alpha one-sided level; NaN for R's default (0.001 for C1, C2; 0.025 for C3)
     * @param minSigma floor of the SD, ≥ 0
     * @param c3Mode R's formula or the CDC's
     */
    public record Params(Method method, int baseline, double alpha, double minSigma, C3Mode c3Mode) {

        public Params {
            if (baseline < 3) {
                throw new IllegalArgumentException("baseline must be at least 3");
            }
            if (!(minSigma >= 0)) {
                throw new IllegalArgumentException("minSigma must be ≥ 0");
            }
            alpha = Double.isNaN(alpha) ? (method == Method.C3 ? 0.025 : 0.001) : alpha;
        }

        public static Params defaults(Method method) {
            return new Params(method, 7, Double.NaN, 0, C3Mode.R_COMPAT);
        }

        /** The first week that has the history the method needs (1-based). */
        public int firstWeek() {
            return baseline
                    + switch (method) {
                        case C1 -> 1;
                        case C2 -> 3;
                        case C3 -> 5;
                    };
        }
    }

    private EarsC() {}

    /** Evaluates weeks {@code from..to} (1-based, inclusive) of {@code y}. */
    public static List<WeekResult> detect(double[] y, int from, int to, Params params) {
        if (from < params.firstWeek() || to > y.length || from > to) {
            throw new IllegalArgumentException("weeks " + from + ".." + to + " need weeks from " + params.firstWeek());
        }
        double z = Distributions.normalQuantile(1 - params.alpha());
        List<WeekResult> out = new ArrayList<>();
        for (int t = from; t <= to; t++) {
            out.add(params.method() == Method.C3 ? c3(y, t, z, params) : c12(y, t, z, params));
        }
        return out;
    }

    private static WeekResult c12(double[] y, int t, double z, Params p) {
        int guard = p.method() == Method.C1 ? 0 : 2;
        double[] w = window(y, t, p.baseline(), guard, p.minSigma());
        double upper = w[0] + z * w[1];
        return new WeekResult(t, y[t - 1], w[0], upper, y[t - 1] > upper, Map.of("sigma", w[1]));
    }

    private static WeekResult c3(double[] y, int t, double z, Params p) {
        double l2 = exceedance(c2(y, t - 2, p));
        double l1 = exceedance(c2(y, t - 1, p));
        double[] w = window(y, t, p.baseline(), 2, p.minSigma());
        double yt = y[t - 1];
        double upper;
        boolean alarm;
        if (p.c3Mode() == C3Mode.CDC) {
            upper = l1 + l2 > z ? 0 : w[0] + w[1] * (1 + z - l1 - l2);
            alarm = yt > 0 && yt > upper;
        } else {
            upper = Math.max(0, yt + w[1] * (z - l1 - l2));
            upper = Double.isNaN(yt + w[1] * (z - l1 - l2)) ? Double.NaN : upper;
            alarm = yt > upper;
        }
        return new WeekResult(t, yt, w[0], upper, alarm, Map.of("sigma", w[1], "L1", l1, "L2", l2));
    }

    /** max(0, c − 1), NaN staying NaN as in R. */
    private static double exceedance(double c) {
        return Double.isNaN(c) ? Double.NaN : Math.max(0, c - 1);
    }

    private static double c2(double[] y, int u, Params p) {
        double[] w = window(y, u, p.baseline(), 2, p.minSigma());
        return (y[u - 1] - w[0]) / w[1];
    }

    /** {mean, max(sd, minSigma)} of y[t−B−guard .. t−1−guard] (1-based). */
    private static double[] window(double[] y, int t, int b, int guard, double minSigma) {
        double sum = 0;
        for (int i = t - b - guard; i <= t - 1 - guard; i++) {
            sum += y[i - 1];
        }
        double mean = sum / b;
        double ss = 0;
        for (int i = t - b - guard; i <= t - 1 - guard; i++) {
            ss += (y[i - 1] - mean) * (y[i - 1] - mean);
        }
        return new double[] {mean, Math.max(Math.sqrt(ss / (b - 1)), minSigma)};
    }
}
