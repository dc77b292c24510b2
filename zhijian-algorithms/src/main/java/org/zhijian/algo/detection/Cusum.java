package org.zhijian.algo.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Poisson CUSUM as R's {@code surveillance::algo.cusum} (Rossi et al. 1999).
 *
 * <pre>
 *   m   = mean(y[1..r₁−1]) (the weeks before the range) unless given
 *   z_t = (x−m)/√m (standard) · (x − 3m + 2√(xm))/(2√m) (rossi) · 1.5(x^{2/3} − m^{2/3})/m^{1/6} (anscombe)
 *         · (x^{2/3} − (m^{2/3} − m^{−1/3}/9))/((2/3)m^{1/6}) (anscombe2nd) · (x−m)/√(m+αm²) (pearsonNegBin) · x (none)
 *   C₀ = 0, C_t = max(0, C_{t−1} + z_t − k), alarm iff C_t ≥ h (no reset after an alarm, as in 1.20.3)
 *   upperbound, with c = h + k − C_{t−1}: standard ⌈m + √m·c⌉; rossi 5m + 2c√m − 2√(4m² + 2m^{3/2}c);
 *   anscombe ((2/3)m^{1/6}c + m^{2/3})^{3/2} (0 for a negative base); NaN and negative values become 0
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
     */
    public record Params(double k, double h, double m, Transform transform, double negBinAlpha) {

        public static Params defaults(Transform transform) {
            return new Params(1.04, 2.26, Double.NaN, transform, 0.1);
        }
    }

    private Cusum() {}

    public static List<WeekResult> detect(double[] y, int from, int to, Params p) {
        if (from < 2 && Double.isNaN(p.m()) || to > y.length || from > to) {
            throw new IllegalArgumentException("the range needs weeks before it to estimate m");
        }
        double m = Double.isNaN(p.m()) ? mean(y, from - 1) : p.m();
        List<WeekResult> out = new ArrayList<>();
        double c = 0;
        for (int t = from; t <= to; t++) {
            double x = y[t - 1];
            double upper = bound(m, p.h() + p.k() - c, p.transform());
            double next = Math.max(0, c + transform(x, m, p) - p.k());
            boolean alarm = next >= p.h();
            out.add(new WeekResult(t, x, m, Double.isFinite(next) ? upper : Double.NaN, alarm, Map.of("cusum", next)));
            c = next;
        }
        return out;
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

    private static double bound(double m, double c, Transform t) {
        double u = switch (t) {
            case STANDARD -> Math.ceil(m + Math.sqrt(m) * c);
            case ROSSI -> 5 * m + 2 * c * Math.sqrt(m) - 2 * Math.sqrt(4 * m * m + 2 * Math.pow(m, 1.5) * c);
            case ANSCOMBE -> {
                double base = 2.0 / 3 * Math.pow(m, 1.0 / 6) * c + Math.pow(m, 2.0 / 3);
                yield base < 0 ? 0 : Math.pow(base, 1.5);
            }
            default -> Double.NaN;
        };
        return Double.isNaN(u) || u < 0 ? 0 : u;
    }

    private static double mean(double[] y, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += y[i];
        }
        return s / n;
    }
}
