package org.zhijian.algo.detection;

/**
 * A Poisson (or quasi-Poisson) GLM with log link fitted by iteratively reweighted least squares exactly as R's
 * {@code glm.fit}: start μ = y + 0.1, Householder least squares, convergence when |dev − dev_old| / (|dev| + 0.1) <
 * 1e-8, at most 25 iterations; μ is floored at machine ε. The working weights W and the R factor kept are those of
 * the last least-squares step (computed from the previous iterate), as R keeps them.
 *
 * <p>Edge cases: a design of rank below its column count (|R_jj| ≤ 1e-11 · column norm) or fewer rows than columns
 * throws {@link IllegalArgumentException}; a non-finite deviance throws {@link ArithmeticException}.
 */
final class PoissonGlm {

    static final double EPS = Math.ulp(1.0);
    private static final int MAX_ITERATIONS = 25;

    private PoissonGlm() {}

    /**
     * The fit.
     *
     * @param beta coefficients
     * @param mu fitted means
     * @param weights working weights W of the last step
     * @param covUnscaled (RᵀR)⁻¹
     * @param df residual degrees of freedom
     * @param converged whether the deviance criterion was met within 25 iterations
     */
    record Fit(double[] beta, double[] mu, double[] weights, double[][] covUnscaled, int df, boolean converged) {

        /** Σ W r² / df with r = (y − μ)/μ: R's Pearson dispersion. */
        double pearsonDispersion(double[] y) {
            return dispersion(y, weights);
        }

        /** Σ c r² / df for the given row weights c. */
        double dispersion(double[] y, double[] c) {
            double sum = 0;
            for (int i = 0; i < y.length; i++) {
                double r = (y[i] - mu[i]) / mu[i];
                sum += c[i] * r * r;
            }
            return sum / df;
        }

        /** x₀ᵀβ. */
        double linear(double[] x0) {
            double eta = 0;
            for (int j = 0; j < beta.length; j++) {
                eta += x0[j] * beta[j];
            }
            return eta;
        }

        /** x₀ᵀ (RᵀR)⁻¹ x₀. */
        double quadratic(double[] x0) {
            double q = 0;
            for (int i = 0; i < x0.length; i++) {
                for (int j = 0; j < x0.length; j++) {
                    q += x0[i] * covUnscaled[i][j] * x0[j];
                }
            }
            return q;
        }

        /** Hat values W_i x_iᵀ (RᵀR)⁻¹ x_i, set to 1 above 1 − 10ε as R does. */
        double[] hat(double[][] x) {
            double[] h = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                h[i] = weights[i] * quadratic(x[i]);
                h[i] = h[i] > 1 - 10 * EPS ? 1 : h[i];
            }
            return h;
        }
    }

    /** Fits log μ = Xβ to counts y with prior weights (all 1 when {@code prior} is null). */
    static Fit fit(double[][] x, double[] y, double[] prior) {
        int n = y.length;
        int p = x[0].length;
        if (n < p) {
            throw new IllegalArgumentException("fewer observations than parameters");
        }
        double[] pw = prior == null ? ones(n) : prior;
        double[] mu = new double[n];
        double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            eta[i] = Math.log(y[i] + 0.1);
            mu[i] = Math.max(Math.exp(eta[i]), EPS);
        }
        double devOld = deviance(y, mu, pw);
        double[] w2 = new double[n];
        LeastSquares ls = null;
        boolean converged = false;
        for (int iter = 1; iter <= MAX_ITERATIONS && !converged; iter++) {
            double[][] xw = new double[n][p];
            double[] zw = new double[n];
            for (int i = 0; i < n; i++) {
                double g = Math.max(Math.exp(eta[i]), EPS);
                double z = eta[i] + (y[i] - mu[i]) / g;
                double w = Math.sqrt(pw[i] * g * g / mu[i]);
                w2[i] = w * w;
                zw[i] = z * w;
                for (int j = 0; j < p; j++) {
                    xw[i][j] = x[i][j] * w;
                }
            }
            ls = LeastSquares.solve(xw, zw);
            for (int i = 0; i < n; i++) {
                eta[i] = 0;
                for (int j = 0; j < p; j++) {
                    eta[i] += x[i][j] * ls.beta()[j];
                }
                mu[i] = Math.max(Math.exp(eta[i]), EPS);
            }
            double dev = deviance(y, mu, pw);
            if (!Double.isFinite(dev)) {
                throw new ArithmeticException("non-finite deviance");
            }
            converged = Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < 1e-8;
            devOld = dev;
        }
        return new Fit(ls.beta(), mu, w2, ls.covUnscaled(), n - p, converged);
    }

    private static double deviance(double[] y, double[] mu, double[] pw) {
        double dev = 0;
        for (int i = 0; i < y.length; i++) {
            dev += y[i] > 0 ? 2 * pw[i] * (y[i] * Math.log(y[i] / mu[i]) - (y[i] - mu[i])) : 2 * pw[i] * mu[i];
        }
        return dev;
    }

    private static double[] ones(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, 1);
        return a;
    }
}
