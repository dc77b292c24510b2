package org.zhijian.algo.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Poisson CUSUM as R's {@code surveillance::algo.cusum} (Rossi et al. 1999).
 *
 * <pre>
 *   m   = mean(y[1..r₁−1]) (the weeks before the range) unless given; with m = "glm", per week
 *         m_t = exp(β₀ + β₁cos(2πt/52) + β₂sin(2πt/52)), a Poisson GLM fitted on weeks 1..r₁−1 (t = week index,
 *         as R's {@code create.disProg} with its default start)
 *   z_t = (x−m)/√m (standard) · (x − 3m + 2√(xm))/(2√m) (rossi) · 1.5(x^{2/3} − m^{2/3})/m^{1/6} (anscombe)
 *         · (x^{2/3} − (m^{2/3} − m^{−1/3}/9))/((2/3)m^{1/6}) (anscombe2nd) · (x−m)/√(m+αm²) (pearsonNegBin) · x (none)
 *   C₀ = 0, C_t = max(0, C_{t−1} + z_t − k), alarm iff C_t ≥ h (no reset after an alarm, as in 1.20.3)
 *   upperbound, with c = h + k − C_{t−1}: standard ⌈m + √m·c⌉; rossi 5m + 2c√m − 2√(4m² + 2m^{3/2}c);
 *   anscombe ((2/3)m^{1/6}c + m^{2/3})^{3/2} (0 for a negative base); anscombe2nd the same with
 *   m^{2/3} − m^{1/3}/9 for m^{2/3} (R's formula: m^{1/3}, where the transform has m^{−1/3}); pearsonNegBin
 *   √(m+αm²)·c + m; none h − C_t; NaN and negative values become 0
 * </pre>
 *
 * Defaults k = 1.04, h = 2.26. Edge cases: m = 0 (no count before the range) makes every transform infinite or NaN;
 * such weeks are not evaluated. For rossi, when −√m + √(4m + 2√m·c) < 0 even a zero count alarms and the bound is a
 * spurious root, as in R.
 */
public final class Cusum {

    /** The transform of the counts. */
    public enum Transform {
        STANDARD,
        ROSSI,
        ANSCOMBE,
        ANSCOMBE2ND,
        PEARSON_NEG_BIN,
        NONE
    }

    /**
     * @param k reference value
     * @param h decision interval
     * @param m in-control mean; NaN for the mean of the weeks before the range
     * @param transform the transform
     * @param negBinAlpha α of the pearsonNegBin transform
     * @param glm whether m comes from the seasonal Poisson GLM (R's {@code m = "glm"}); {@code m} is then ignored
     */
    public record Params(double k, double h, double m, Transform transform, double negBinAlpha, boolean glm) {

        public Params(double k, double h, double m, Transform transform, double negBinAlpha) {
            this(k, h, m, transform, negBinAlpha, false);
        }

        public static Params defaults(Transform transform) {
            return new Params(1.04, 2.26, Double.NaN, transform, 0.1);
        }
    }

    private Cusum() {}

    public static List<WeekResult> detect(double[] y, int from, int to, Params p) {
        boolean estimated = p.glm() || Double.isNaN(p.m());
        if (from < 2 && estimated || to > y.length || from > to) {
            throw new IllegalArgumentException("the range needs weeks before it to estimate m");
        }
        double[] m = means(y, from, to, p);
        List<WeekResult> out = new ArrayList<>();
        double c = 0;
        for (int t = from; t <= to; t++) {
            double x = y[t - 1];
            double mt = m[t - from];
            double next = Math.max(0, c + transform(x, mt, p) - p.k());
            double upper = bound(mt, p.h() + p.k() - c, p.transform(), p, next);
            boolean alarm = next >= p.h();
            out.add(new WeekResult(t, x, mt, Double.isFinite(next) ? upper : Double.NaN, alarm, Map.of("cusum", next)));
            c = next;
        }
        return out;
    }

    /** The in-control mean of each week of the range. */
    private static double[] means(double[] y, int from, int to, Params p) {
        double[] m = new double[to - from + 1];
        if (!p.glm()) {
            java.util.Arrays.fill(m, Double.isNaN(p.m()) ? mean(y, from - 1) : p.m());
            return m;
        }
        int n = from - 1;
        double[][] x = new double[n][];
        for (int t = 1; t <= n; t++) {
            x[t - 1] = seasonal(t);
        }
        PoissonGlm.Fit fit = PoissonGlm.fit(x, java.util.Arrays.copyOf(y, n), null);
        for (int t = from; t <= to; t++) {
            m[t - from] = Math.exp(fit.linear(seasonal(t)));
        }
        return m;
    }

    private static double[] seasonal(int t) {
        double angle = 2 * Math.PI / 52 * t;
        return new double[] {1, Math.cos(angle), Math.sin(angle)};
    }

    private static double transform(double x, double m, Params p) {
        return switch (p.transform()) {
            case STANDARD -> (x - m) / Math.sqrt(m);
            case ROSSI -> (x - 3 * m + 2 * Math.sqrt(x * m)) / (2 * Math.sqrt(m));
            case ANSCOMBE -> 1.5 * (Math.pow(x, 2.0 / 3) - Math.pow(m, 2.0 / 3)) / Math.pow(m, 1.0 / 6);
            case ANSCOMBE2ND ->
                (Math.pow(x, 2.0 / 3) - (Math.pow(m, 2.0 / 3) - Math.pow(m, -1.0 / 3) / 9))
                        / (2.0 / 3 * Math.pow(m, 1.0 / 6));
            case PEARSON_NEG_BIN -> (x - m) / Math.sqrt(m + p.negBinAlpha() * m * m);
            case NONE -> x;
        };
    }

    private static double bound(double m, double c, Transform t, Params p, double cusum) {
        double u = switch (t) {
            case STANDARD -> Math.ceil(m + Math.sqrt(m) * c);
            case ROSSI -> 5 * m + 2 * c * Math.sqrt(m) - 2 * Math.sqrt(4 * m * m + 2 * Math.pow(m, 1.5) * c);
            case ANSCOMBE -> power(2.0 / 3 * Math.pow(m, 1.0 / 6) * c + Math.pow(m, 2.0 / 3));
            case ANSCOMBE2ND ->
                power(2.0 / 3 * Math.pow(m, 1.0 / 6) * c + (Math.pow(m, 2.0 / 3) - Math.pow(m, 1.0 / 3) / 9));
            case PEARSON_NEG_BIN -> Math.sqrt(m + p.negBinAlpha() * m * m) * c + m;
            case NONE -> p.h() - cusum;
        };
        return Double.isNaN(u) || u < 0 ? 0 : u;
    }

    private static double power(double base) {
        return base < 0 ? 0 : Math.pow(base, 1.5);
    }

    private static double mean(double[] y, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += y[i];
        }
        return s / n;
    }
}
