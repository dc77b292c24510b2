package org.zhijian.algo.detection;

/**
 * Disproportionality of a product category × hazard pair among reports: the proportional reporting ratio (Evans,
 * Waller and Davis 2001) and the reporting odds ratio (van Puijenbroek et al. 2002), from the 2×2 table
 *
 * <pre>
 *                   hazard H   other hazards
 *   category P         a            b
 *   other categories   c            d            N = a + b + c + d
 *
 *   PRR = [a/(a+b)] / [c/(c+d)],  SE(ln PRR) = √(1/a − 1/(a+b) + 1/c − 1/(c+d))
 *   ROR = ad / (bc),              SE(ln ROR) = √(1/a + 1/b + 1/c + 1/d)
 *   95% CI = exp(ln R ± 1.959964·SE)
 *   χ² (1 df, Yates) = N·(max(0, |ad − bc| − N/2))² / ((a+b)(c+d)(a+c)(b+d))
 *   Evans signal: PRR ≥ 2 and χ² ≥ 4 and a ≥ 3;  ROR signal: lower 95% limit > 1 and a ≥ 3
 * </pre>
 *
 * Edge cases: a = 0 never signals (the ratios are reported as 0). When b, c or d is 0 a ratio is infinite or
 * undefined: the Haldane–Anscombe correction (+0.5 in every cell) is then applied to the ratios and their intervals
 * and {@link Result#corrected()} says so; χ² and the a ≥ 3 rule use the raw counts. ad − bc is computed in longs.
 */
public final class Disproportionality {

    private static final double Z = 1.959963984540054;

    /**
     * @param prr proportional reporting ratio and its 95% interval {prr, low, high}
     * @param ror reporting odds ratio and its 95% interval
     * @param chiSquare Yates-corrected χ²
     * @param prrSignal Evans criteria met
     * @param rorSignal lower ROR limit above 1 with at least 3 reports
     * @param corrected whether the Haldane–Anscombe correction was applied
     */
    public record Result(
            double[] prr, double[] ror, double chiSquare, boolean prrSignal, boolean rorSignal, boolean corrected) {}

    private Disproportionality() {}

    public static Result of(long a, long b, long c, long d) {
        if (a < 0 || b < 0 || c < 0 || d < 0) {
            throw new IllegalArgumentException("counts must be ≥ 0");
        }
        long n = a + b + c + d;
        double chi = chiSquare(a, b, c, d, n);
        if (a == 0) {
            return new Result(new double[] {0, 0, 0}, new double[] {0, 0, 0}, chi, false, false, false);
        }
        boolean corrected = b == 0 || c == 0 || d == 0;
        double k = corrected ? 0.5 : 0;
        double aa = a + k;
        double bb = b + k;
        double cc = c + k;
        double dd = d + k;
        double prr = (aa / (aa + bb)) / (cc / (cc + dd));
        double sePrr = Math.sqrt(1 / aa - 1 / (aa + bb) + 1 / cc - 1 / (cc + dd));
        double ror = (aa * dd) / (bb * cc);
        double seRor = Math.sqrt(1 / aa + 1 / bb + 1 / cc + 1 / dd);
        double[] prrCi = interval(prr, sePrr);
        double[] rorCi = interval(ror, seRor);
        return new Result(prrCi, rorCi, chi, prr >= 2 && chi >= 4 && a >= 3, rorCi[1] > 1 && a >= 3, corrected);
    }

    private static double[] interval(double ratio, double se) {
        return new double[] {ratio, Math.exp(Math.log(ratio) - Z * se), Math.exp(Math.log(ratio) + Z * se)};
    }

    private static double chiSquare(long a, long b, long c, long d, long n) {
        double denominator = (double) (a + b) * (c + d) * (a + c) * (b + d);
        if (denominator == 0) {
            return 0;
        }
        double diff = Math.abs((double) Math.subtractExact(Math.multiplyExact(a, d), Math.multiplyExact(b, c)));
        double yates = Math.max(0, diff - n / 2.0);
        return n * yates * yates / denominator;
    }
}
