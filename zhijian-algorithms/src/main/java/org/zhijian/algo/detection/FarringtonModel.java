package org.zhijian.algo.detection;

/**
 * The quasi-Poisson baseline model shared by {@link Farrington} and {@link FarringtonFlexible} (spec §F.3–F.7):
 * log μ = β₀ [+ β₁·wtime] [+ season dummies], an unweighted fit, φ = max(1, Pearson), Anscombe residuals
 * s = (3/2)(y^{2/3}μ^{−1/6} − μ^{1/2}) / √(φ(1 − h)) of the unweighted fit, weights ω = γ/s² above the threshold and
 * γ below (Σω = n), a weighted refit with φ = max(1, Pearson of the refit); the trend is kept only when significant,
 * at least three years back and the prediction does not extrapolate beyond the baseline's largest count.
 */
final class FarringtonModel {

    /** Which R function's conventions apply. */
    enum Flavour {
        /** algo.farrington: trend test and prediction use Pearson dispersions; no give-up on non-convergence. */
        ORIGINAL,
        /** farringtonFlexible: the [R-QUIRK] dispersion Σω r²/df for trend test and prediction. */
        FLEXIBLE
    }

    /**
     * The reference weeks of one evaluation.
     *
     * @param y counts
     * @param wtime the time covariate of each
     * @param season season labels (1..p) or null without seasonal blocks
     * @param k the week evaluated (its wtime)
     * @param seasonAtK the label of the week evaluated
     */
    record Baseline(double[] y, double[] wtime, int[] season, int k, int seasonAtK) {}

    /** The settings. */
    record Settings(
            boolean reweight,
            double weightsThreshold,
            boolean trend,
            double pThresholdTrend,
            int years,
            Flavour flavour) {}

    /**
     * The fitted model at the week evaluated.
     *
     * @param phi the overdispersion max(1, Pearson)
     * @param trend whether the final model has the trend
     * @param eta0 the linear predictor at week k
     * @param seEta its standard error with the flavour's dispersion
     */
    record Prediction(double phi, boolean trend, double eta0, double seEta) {

        double mu0() {
            return Math.max(Math.exp(eta0), PoissonGlm.EPS);
        }
    }

    private record Model(PoissonGlm.Fit fit, double[][] x, double[] x0, double phi, boolean trend, double[] omega) {}

    private FarringtonModel() {}

    /** The prediction, or null when the flexible fit did not converge even without trend. */
    static Prediction predict(Baseline b, Settings s) {
        Model m = fit(b, s, s.trend());
        if (m == null) {
            return null;
        }
        if (m.trend()) {
            double d = trendDispersion(b, m, s);
            int j = 1;
            double t = m.fit().beta()[j] / Math.sqrt(d * m.fit().covUnscaled()[j][j]);
            double p = 2 * Distributions.studentCdf(-Math.abs(t), m.fit().df());
            double muHat = Math.exp(m.fit().linear(m.x0()));
            boolean keep = p < s.pThresholdTrend() && s.years() >= 3 && muHat <= max(b.y());
            if (!keep) {
                m = fit(b, s, false);
                if (m == null) {
                    return null;
                }
            }
        }
        double d = s.flavour() == Flavour.ORIGINAL ? m.phi() : quirkDispersion(b, m);
        double eta0 = m.fit().linear(m.x0());
        return new Prediction(m.phi(), m.trend(), eta0, Math.sqrt(d * m.fit().quadratic(m.x0())));
    }

    private static double trendDispersion(Baseline b, Model m, Settings s) {
        return s.flavour() == Flavour.ORIGINAL ? m.fit().pearsonDispersion(b.y()) : quirkDispersion(b, m);
    }

    /** [R-QUIRK] Σω r²/df with r = (y − μ)/μ (farringtonFlexible); the Pearson dispersion without reweighting. */
    private static double quirkDispersion(Baseline b, Model m) {
        return m.omega() == null ? m.fit().pearsonDispersion(b.y()) : m.fit().dispersion(b.y(), m.omega());
    }

    private static Model fit(Baseline b, Settings s, boolean trendWanted) {
        boolean trend = trendWanted;
        double[][] x = design(b, trend);
        PoissonGlm.Fit m0 = PoissonGlm.fit(x, b.y(), null);
        if (!m0.converged() && trend) {
            trend = false;
            x = design(b, false);
            m0 = PoissonGlm.fit(x, b.y(), null);
            if (!m0.converged() && s.flavour() == Flavour.FLEXIBLE) {
                return null;
            }
        }
        double[] x0 = row(levels(b.season()), b.k(), b.seasonAtK(), trend);
        double phi0 = Math.max(1, m0.pearsonDispersion(b.y()));
        if (!s.reweight()) {
            return new Model(m0, x, x0, phi0, trend, null);
        }
        double[] omega = weights(b.y(), m0, x, phi0, s.weightsThreshold());
        PoissonGlm.Fit m1 = PoissonGlm.fit(x, b.y(), omega);
        return new Model(m1, x, x0, Math.max(1, m1.pearsonDispersion(b.y())), trend, omega);
    }

    private static double[] weights(double[] y, PoissonGlm.Fit fit, double[][] x, double phi, double threshold) {
        double[] h = fit.hat(x);
        int n = y.length;
        double[] s = new double[n];
        double denominator = 0;
        for (int i = 0; i < n; i++) {
            double mu = fit.mu()[i];
            s[i] = 1.5
                    * (Math.pow(y[i], 2.0 / 3) * Math.pow(mu, -1.0 / 6) - Math.sqrt(mu))
                    / Math.sqrt(phi * (1 - h[i]));
            denominator += s[i] > threshold ? 1 / (s[i] * s[i]) : 1;
        }
        double gamma = n / denominator;
        double[] omega = new double[n];
        for (int i = 0; i < n; i++) {
            omega[i] = s[i] > threshold ? gamma / (s[i] * s[i]) : gamma;
        }
        return omega;
    }

    private static double[][] design(Baseline b, boolean trend) {
        int[] levels = levels(b.season());
        double[][] x = new double[b.y().length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = row(levels, b.wtime()[i], b.season() == null ? 0 : b.season()[i], trend);
        }
        return x;
    }

    /** (1, [wtime], dummies of the labels present other than the smallest), treatment coding as R. */
    private static double[] row(int[] levels, double wtime, int label, boolean trend) {
        double[] r = new double[1 + (trend ? 1 : 0) + Math.max(0, levels.length - 1)];
        r[0] = 1;
        int j = 1;
        if (trend) {
            r[j++] = wtime;
        }
        for (int l = 1; l < levels.length; l++) {
            r[j++] = label == levels[l] ? 1 : 0;
        }
        return r;
    }

    private static int[] levels(int[] season) {
        return season == null
                ? new int[0]
                : java.util.Arrays.stream(season).distinct().sorted().toArray();
    }

    private static double max(double[] y) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            m = Math.max(m, v);
        }
        return m;
    }
}
