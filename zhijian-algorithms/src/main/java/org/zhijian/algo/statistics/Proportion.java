package org.zhijian.algo.statistics;

/**
 * A proportion {@code successes / trials} with its Wilson score interval (Wilson 1927; method 3 of Newcombe,
 * "Two-sided confidence intervals for the single proportion", Statistics in Medicine 17, 1998):
 *
 * <pre>
 *   centre = (p + z²/2n) / (1 + z²/n),  half-width = z·sqrt(p(1−p)/n + z²/4n²) / (1 + z²/n)
 * </pre>
 *
 * with {@code z = 1.959963984540054} for 95 %. Unlike the normal (Wald) interval it stays inside [0, 1] and is
 * usable for pass rates near 100 % and for small counts. Zero trials give rate NaN and the interval [0, 1].
 *
 * @param successes e.g. conforming samples
 * @param trials e.g. tested samples
 * @param rate successes / trials
 * @param lower lower end of the interval
 * @param upper upper end of the interval
 */
public record Proportion(long successes, long trials, double rate, double lower, double upper) {

    public static final double Z95 = 1.959963984540054;

    public static Proportion wilson(long successes, long trials) {
        return wilson(successes, trials, Z95);
    }

    public static Proportion wilson(long successes, long trials, double z) {
        if (successes < 0 || trials < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 ≤ successes ≤ trials: " + successes + "/" + trials);
        }
        if (trials == 0) {
            return new Proportion(0, 0, Double.NaN, 0, 1);
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        double lower = successes == 0 ? 0 : Math.max(0, centre - half);
        double upper = successes == trials ? 1 : Math.min(1, centre + half);
        return new Proportion(successes, trials, p, lower, upper);
    }
}
