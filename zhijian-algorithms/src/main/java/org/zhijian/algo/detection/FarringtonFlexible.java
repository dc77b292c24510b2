package org.zhijian.algo.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Farrington Flexible (Noufaily et al. 2013) as R's {@code surveillance::farringtonFlexible}.
 *
 * <pre>
 *   labels L[k−w..k] = p and L[r_j−w..r_j+w] = p for r_j = k − 52j, j = 1..b; with p > 1 the G = 52 − 2w − 1 weeks
 *   between window j and window j−1 are split into p−1 blocks labelled 1..p−1 (the first G mod (p−1) one week
 *   longer); then L[k−pastWeeksNotIncluded..k] = NA; the baseline is every week with a label
 *   model: {@link FarringtonModel}, FLEXIBLE flavour ([R-QUIRK] dispersion Σω r²/df in the trend test and se)
 *   delta:    U = (μ₀^e + zσ)^{1/e}, z = Φ⁻¹(1 − α) (one-sided)
 *   nbPlugin: U = qnbinom(1 − α, size = μ_q/(φ−1), prob = 1/φ) with μ_q = exp(η₀) (qpois when φ = 1)
 *   muan:     the same with μ_q = exp(η₀ + Φ⁻¹(1 − α)·se_η)
 *   enough = Σ y[k−3..k] ≥ 5;  upperbound = enough ? U : NA;  alarm = enough and y_k > U and y_k ≠ 0
 * </pre>
 *
 * Presets: {@link #defaults()} (R's defaults), {@link #original()} and {@link #noufaily()}. Edge cases: weeks before
 * 52b + w + 1 are refused (the full baseline is required); a fit that converges neither with nor without trend is
 * not evaluated (upperbound NaN, alarm undecided); a week failing limit54 has no threshold and no alarm — decided,
 * as R reports FALSE there.
 */
public final class FarringtonFlexible {

    /** How the threshold is computed. */
    public enum ThresholdMethod {
        DELTA,
        NB_PLUGIN,
        MUAN
    }

    /**
     * R's control list, by its names.
     *
     * @param pastWeeksNotIncluded weeks k−pW..k left out of the baseline; −1 for R's default (= w)
     */
    public record Params(
            int b,
            int w,
            boolean reweight,
            double weightsThreshold,
            boolean trend,
            double pThresholdTrend,
            double alpha,
            PowerTransform powertrans,
            int limitCases,
            int limitWeeks,
            int noPeriods,
            int pastWeeksNotIncluded,
            ThresholdMethod thresholdMethod) {

        public Params {
            pastWeeksNotIncluded = pastWeeksNotIncluded < 0 ? w : pastWeeksNotIncluded;
            if (noPeriods < 1 || noPeriods - 1 > 52 - 2 * w - 1) {
                throw new IllegalArgumentException("noPeriods must be between 1 and " + (52 - 2 * w));
            }
        }

        /** The first week with the full baseline: 52b + w + 1. */
        public int firstWeek() {
            return 52 * b + w + 1;
        }
    }

    private FarringtonFlexible() {}

    public static Params defaults() {
        return new Params(
                5, 3, true, 2.58, true, 0.05, 0.05, PowerTransform.TWO_THIRDS, 5, 4, 1, -1, ThresholdMethod.DELTA);
    }

    public static Params original() {
        return new Params(
                5, 3, true, 1, true, 0.05, 0.05, PowerTransform.TWO_THIRDS, 5, 4, 1, 3, ThresholdMethod.DELTA);
    }

    public static Params noufaily() {
        return new Params(
                5, 3, true, 2.58, true, 1, 0.05, PowerTransform.TWO_THIRDS, 5, 4, 10, 26, ThresholdMethod.NB_PLUGIN);
    }

    public static List<WeekResult> detect(double[] y, int from, int to, Params p) {
        if (from < p.firstWeek() || to > y.length || from > to) {
            throw new IllegalArgumentException(
                    "weeks before " + p.firstWeek() + " lack " + p.b() + " years of history");
        }
        var settings = new FarringtonModel.Settings(
                p.reweight(),
                p.weightsThreshold(),
                p.trend(),
                p.pThresholdTrend(),
                p.b(),
                FarringtonModel.Flavour.FLEXIBLE);
        List<WeekResult> out = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            out.add(week(y, k, p, settings));
        }
        return out;
    }

    private static WeekResult week(double[] y, int k, Params p, FarringtonModel.Settings settings) {
        int[] labels = labels(k, p);
        List<Integer> idx = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            if (labels[i] > 0 && !Double.isNaN(y[i - 1])) {
                idx.add(i);
            }
        }
        double[] resp = idx.stream().mapToDouble(i -> y[i - 1]).toArray();
        double[] wtime = idx.stream().mapToDouble(i -> i).toArray();
        int[] season = p.noPeriods() > 1 ? idx.stream().mapToInt(i -> labels[i]).toArray() : null;
        FarringtonModel.Prediction pred;
        try {
            pred = FarringtonModel.predict(
                    new FarringtonModel.Baseline(resp, wtime, season, k, p.noPeriods()), settings);
        } catch (IllegalArgumentException | ArithmeticException e) {
            pred = null;
        }
        double yk = y[k - 1];
        boolean enough = Limit54.enough(y, k, p.limitCases(), p.limitWeeks());
        if (pred == null || !enough) {
            // too few cases: no threshold, and no alarm (R reports FALSE, not NA)
            return new WeekResult(k, yk, Double.NaN, Double.NaN, false, Map.of(), true);
        }
        double[] ux = threshold(pred, yk, p);
        double upper = ux[0];
        boolean alarm = !Double.isNaN(upper) && ux[1] > 1 && yk != 0;
        double expected = Double.isNaN(upper) ? Double.NaN : ux[2];
        return new WeekResult(
                k,
                yk,
                expected,
                upper,
                alarm,
                Map.of("phi", pred.phi(), "trend", pred.trend() ? 1.0 : 0.0, "score", ux[1]));
    }

    /** {U, score, expected}. */
    private static double[] threshold(FarringtonModel.Prediction pred, double yk, Params p) {
        double z = Distributions.normalQuantile(1 - p.alpha());
        if (p.thresholdMethod() == ThresholdMethod.DELTA) {
            double mu0 = pred.mu0();
            double seMu = mu0 * pred.seEta();
            double tau = pred.phi() + seMu * seMu / mu0;
            double upper = p.powertrans().upper(mu0, z, p.powertrans().sigma(mu0, tau));
            return new double[] {upper, (yk - mu0) / (upper - mu0), mu0};
        }
        double eta = pred.eta0() + (p.thresholdMethod() == ThresholdMethod.MUAN ? z * pred.seEta() : 0);
        double muQ = Math.exp(eta);
        double upper;
        if (Double.isInfinite(muQ)) {
            upper = Double.NaN;
        } else if (pred.phi() > 1) {
            upper = Distributions.negBinomialQuantile(1 - p.alpha(), muQ / (pred.phi() - 1), 1 / pred.phi());
        } else {
            upper = Distributions.poissonQuantile(1 - p.alpha(), muQ);
        }
        return new double[] {upper, (yk - pred.eta0()) / (upper - pred.eta0()), Math.exp(pred.eta0())};
    }

    /** Season labels by week index 1..k (0 = not in the baseline). */
    static int[] labels(int k, Params p) {
        int[] l = new int[k + 1];
        int w = p.w();
        int periods = p.noPeriods();
        fill(l, k - w, k, periods);
        for (int j = 1; j <= p.b(); j++) {
            int rj = k - 52 * j;
            int previous = k - 52 * (j - 1);
            fill(l, rj - w, rj + w, periods);
            if (periods > 1) {
                int gapStart = rj + w + 1;
                int gap = previous - rj - 2 * w - 1;
                int q = gap / (periods - 1);
                int extra = gap % (periods - 1);
                int at = gapStart;
                for (int block = 1; block < periods; block++) {
                    int length = q + (block <= extra ? 1 : 0);
                    fill(l, at, at + length - 1, block);
                    at += length;
                }
            }
        }
        fill(l, k - p.pastWeeksNotIncluded(), k, 0);
        return l;
    }

    private static void fill(int[] l, int from, int to, int label) {
        for (int i = Math.max(1, from); i <= Math.min(l.length - 1, to); i++) {
            l[i] = label;
        }
    }
}
