package org.zhijian.algo.detection;

/**
 * The distribution functions of R the detectors use, with R's parametrisations: {@code pnorm/qnorm}, {@code pt},
 * {@code ppois/qpois} and {@code pnbinom/qnbinom(size, prob)} (mean size·(1−prob)/prob, size real).
 *
 * <p>Quantiles of discrete laws are the smallest integer x ≥ 0 with F(x) ≥ p, searched from a normal start; like R,
 * p is fuzzed by 64 ulp downwards so that an exact tie does not move the answer by one.
 */
public final class Distributions {

    private Distributions() {}

    /** Φ(x). */
    public static double normalCdf(double x) {
        return 0.5 * Special.erfc(-x / Math.sqrt(2));
    }

    /** Φ⁻¹(p): Abramowitz–Stegun 26.2.23 refined by Halley steps on Φ. */
    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            return p == 0 ? Double.NEGATIVE_INFINITY : p == 1 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        double q = Math.min(p, 1 - p);
        double t = Math.sqrt(-2 * Math.log(q));
        double x = t
                - (2.515517 + 0.802853 * t + 0.010328 * t * t)
                        / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
        x = p < 0.5 ? -x : x;
        for (int i = 0; i < 4; i++) {
            double e = normalCdf(x) - p;
            double u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
            x -= u / (1 + x * u / 2);
        }
        return x;
    }

    /** The Student-t distribution function with {@code df} degrees of freedom. */
    public static double studentCdf(double t, double df) {
        if (Double.isNaN(t) || !(df > 0)) {
            return Double.NaN;
        }
        double tail = 0.5 * Special.betaI(df / 2, 0.5, df / (df + t * t));
        return t > 0 ? 1 - tail : tail;
    }

    /** P(X ≤ x) for X ~ Poisson(λ). */
    public static double poissonCdf(double x, double lambda) {
        if (x < 0) {
            return 0;
        }
        if (lambda <= 0) {
            return 1;
        }
        return org.zhijian.algo.statistics.Gamma.regularizedUpper(Math.floor(x) + 1, lambda);
    }

    /** qpois(p, λ). */
    public static double poissonQuantile(double p, double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            return Double.NaN;
        }
        double target = p * (1 - 64 * Math.ulp(1.0));
        double start = Math.max(0, Math.floor(lambda + Math.sqrt(lambda) * normalQuantile(p)) - 2);
        return search(start, target, x -> poissonCdf(x, lambda));
    }

    /** P(X ≤ x) for X ~ NB(size, prob), R's parametrisation. */
    public static double negBinomialCdf(double x, double size, double prob) {
        if (x < 0) {
            return 0;
        }
        return Special.betaI(size, Math.floor(x) + 1, prob);
    }

    /** qnbinom(p, size, prob). */
    public static double negBinomialQuantile(double p, double size, double prob) {
        if (!(size > 0) || !(prob > 0 && prob <= 1)) {
            return Double.NaN;
        }
        double mean = size * (1 - prob) / prob;
        double sd = Math.sqrt(mean / prob);
        double target = p * (1 - 64 * Math.ulp(1.0));
        double start = Math.max(0, Math.floor(mean + sd * normalQuantile(p)) - 2);
        return search(start, target, x -> negBinomialCdf(x, size, prob));
    }

    /** The smallest integer x ≥ 0 with cdf(x) ≥ target: doubling steps from the start, then bisection. */
    private static double search(double start, double target, java.util.function.DoubleUnaryOperator cdf) {
        double lo;
        double hi;
        double step = 1;
        if (cdf.applyAsDouble(start) >= target) {
            hi = start;
            lo = Math.max(-1, start - step);
            while (lo >= 0 && cdf.applyAsDouble(lo) >= target) {
                hi = lo;
                step *= 2;
                lo = Math.max(-1, start - step);
            }
        } else {
            lo = start;
            hi = start + step;
            while (cdf.applyAsDouble(hi) < target) {
                lo = hi;
                step *= 2;
                hi = start + step;
            }
        }
        while (hi - lo > 1) {
            double mid = Math.floor(lo / 2 + hi / 2);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (cdf.applyAsDouble(mid) >= target) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }
}
