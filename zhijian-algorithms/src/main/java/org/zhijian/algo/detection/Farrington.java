package org.zhijian.algo.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Farrington et al. (1996) algorithm as R's {@code surveillance::algo.farrington}.
 *
 * <pre>
 *   baseline of week k: ∪_{j=b..1} {k − 52j − w, …, k − 52j + w} (indices < 1 dropped), wtime = index
 *   model: {@link FarringtonModel} (reweight threshold 1, trend test at 0.05), ORIGINAL flavour
 *   μ₀ = exp(η₀), se_μ = μ₀·√(φ·x₀ᵀVx₀), τ = φ + se_μ²/μ₀, σ by the power transform, z = Φ⁻¹(1 − α/2) (two-sided)
 *   U = (μ₀^e + zσ)^{1/e};  enough = Σ y[k−3..k] ≥ 5 (limit54);  X = (y_k − μ₀)/(U − μ₀)
 *   upperbound = enough ? U : 0;  alarm = enough and X > 1
 * </pre>
 *
 * Defaults b = 5, w = 3, α = 0.05, reweight, trend, powertrans 2/3, limit54 (5, 4). Edge cases: weeks whose
 * windows reach before the series use the shorter baseline (as R, which warns); a week with a degenerate fit is not
 * evaluated.
 */
public final class Farrington {

    /**
     * @param b years back
     * @param w half window
     * @param reweight down-weight past outbreaks
     * @param trend allow a linear trend
     * @param alpha two-sided level
     * @param powertrans the power transform
     * @param limitCases limit54[1]
     * @param limitWeeks limit54[2]
     */
    public record Params(
            int b,
            int w,
            boolean reweight,
            boolean trend,
            double alpha,
            PowerTransform powertrans,
            int limitCases,
            int limitWeeks) {

        public static Params defaults() {
            return new Params(5, 3, true, true, 0.05, PowerTransform.TWO_THIRDS, 5, 4);
        }
    }

    private Farrington() {}

    public static List<WeekResult> detect(double[] y, int from, int to, Params p) {
        if (from < 52 * p.b() - p.w() || to > y.length || from > to) {
            throw new IllegalArgumentException("weeks before " + (52 * p.b() - p.w()) + " lack " + p.b() + " years");
        }
        double z = Distributions.normalQuantile(1 - p.alpha() / 2);
        var settings =
                new FarringtonModel.Settings(p.reweight(), 1, p.trend(), 0.05, p.b(), FarringtonModel.Flavour.ORIGINAL);
        List<WeekResult> out = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            out.add(week(y, k, p, z, settings));
        }
        return out;
    }

    private static WeekResult week(double[] y, int k, Params p, double z, FarringtonModel.Settings settings) {
        List<Integer> idx = new ArrayList<>();
        for (int j = p.b(); j >= 1; j--) {
            for (int i = k - 52 * j - p.w(); i <= k - 52 * j + p.w(); i++) {
                if (i > 0) {
                    idx.add(i);
                }
            }
        }
        double[] resp = idx.stream().mapToDouble(i -> y[i - 1]).toArray();
        double[] wtime = idx.stream().mapToDouble(i -> i).toArray();
        FarringtonModel.Prediction pred;
        try {
            pred = FarringtonModel.predict(new FarringtonModel.Baseline(resp, wtime, null, k, 0), settings);
        } catch (IllegalArgumentException | ArithmeticException e) {
            pred = null;
        }
        double yk = y[k - 1];
        if (pred == null) {
            return new WeekResult(k, yk, Double.NaN, Double.NaN, false, Map.of());
        }
        double mu0 = pred.mu0();
        double seMu = mu0 * pred.seEta();
        double tau = pred.phi() + seMu * seMu / mu0;
        double upper = p.powertrans().upper(mu0, z, p.powertrans().sigma(mu0, tau));
        boolean enough = Limit54.enough(y, k, p.limitCases(), p.limitWeeks());
        double x = enough ? (yk - mu0) / (upper - mu0) : 0;
        return new WeekResult(
                k,
                yk,
                mu0,
                enough ? upper : 0,
                x > 1,
                Map.of("phi", pred.phi(), "trend", pred.trend() ? 1.0 : 0.0, "score", x));
    }
}
