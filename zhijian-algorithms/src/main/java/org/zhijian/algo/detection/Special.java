package org.zhijian.algo.detection;

import org.zhijian.algo.statistics.Gamma;

/**
 * Special functions the detectors need beside {@link Gamma}, to about 1e-14 relative: the regularized incomplete beta
 * I_x(a, b) (Lentz continued fraction) and erfc (Taylor series below 3, continued fraction above). Source: Press et
 * al., Numerical Recipes, 3rd ed., §6.1–6.4 (the algorithms, not the code).
 */
final class Special {

    private static final double EPS = 1e-16;
    /** Continued fractions stop when a step changes the value by at most a few ulp (1e-16 is below one ulp). */
    private static final double FRACTION_EPS = 4 * Math.ulp(1.0);

    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 100_000;

    private Special() {}

    /** I_x(a, b), the regularized incomplete beta, for 0 ≤ x ≤ 1 and a, b > 0. */
    static double betaI(double a, double b, double x) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(
                Gamma.logGamma(a + b) - Gamma.logGamma(a) - Gamma.logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        return x < (a + 1) / (a + b + 2)
                ? front * betaFraction(a, b, x) / a
                : 1 - front * betaFraction(b, a, 1 - x) / b;
    }

    private static double betaFraction(double a, double b, double x) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        d = Math.abs(d) < TINY ? TINY : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m < MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < TINY ? TINY : d;
            c = 1 + aa / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < TINY ? TINY : d;
            c = 1 + aa / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) <= FRACTION_EPS) {
                break;
            }
        }
        return h;
    }

    /** erfc(x), the complementary error function. */
    static double erfc(double x) {
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < 3) {
            return 1 - erfSeries(x);
        }
        // continued fraction: erfc(x) = exp(-x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + …))))
        double f = x;
        for (int k = 60; k >= 1; k--) {
            f = x + (k / 2.0) / f;
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
    }

    private static double erfSeries(double x) {
        // erf(x) = 2/√π · exp(-x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)), all terms positive
        double term = x;
        double sum = x;
        for (int n = 1; n < 200; n++) {
            term *= 2 * x * x / (2 * n + 1);
            sum += term;
            if (term < sum * EPS) {
                break;
            }
        }
        return 2 / Math.sqrt(Math.PI) * Math.exp(-x * x) * sum;
    }
}
