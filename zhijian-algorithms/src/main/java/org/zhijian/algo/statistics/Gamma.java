package org.zhijian.algo.statistics;

/**
 * The log-gamma function and the regularized incomplete gamma functions, after Press et al., Numerical Recipes
 * (3rd ed., §6.1–6.2): Lanczos approximation for ln Γ (g = 7, n = 9, relative error below 1e-15), the series for
 * P(a, x) when x &lt; a + 1 and Lentz's continued fraction for Q(a, x) otherwise.
 */
public final class Gamma {

    private static final double[] LANCZOS = {
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7
    };
    private static final double EPS = 1e-15;
    private static final double TINY = 1e-300;

    private Gamma() {}

    /** ln Γ(x) for x &gt; 0. */
    public static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("x must be positive: " + x);
        }
        if (x < 0.5) {
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        double y = x - 1;
        double sum = LANCZOS[0];
        double t = y + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (y + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** Q(a, x) = Γ(a, x) / Γ(a), the upper tail; 1 at x = 0. */
    public static double regularizedUpper(double a, double x) {
        if (!(a > 0) || x < 0 || Double.isNaN(x)) {
            throw new IllegalArgumentException("need a > 0 and x ≥ 0: " + a + ", " + x);
        }
        if (x == 0) {
            return 1;
        }
        return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x);
    }

    private static double series(double a, double x) {
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < 10_000; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPS) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double continuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 10_000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** P(χ²_df &gt; x), the upper tail of the chi-square distribution. */
    public static double chiSquareUpperTail(double x, int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be positive: " + df);
        }
        return regularizedUpper(df / 2.0, Math.max(0, x) / 2.0);
    }
}
