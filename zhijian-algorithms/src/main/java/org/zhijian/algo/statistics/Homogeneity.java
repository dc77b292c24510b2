package org.zhijian.algo.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Pearson's chi-square test of homogeneity of a pass rate across groups (regions, industries): the table has one
 * row per group and the columns passed / failed. Expected counts {@code E = row · column / N},
 * {@code X² = Σ (O − E)² / E} with {@code (groups − 1)} degrees of freedom, and for each group the adjusted
 * standardized residual of its failures (Haberman 1973; Agresti, An Introduction to Categorical Data Analysis,
 * 2nd ed., §2.4.5):
 *
 * <pre>  r = (O − E) / sqrt(E · (1 − row/N) · (1 − column/N))</pre>
 *
 * which is approximately standard normal under homogeneity: a group with r &gt; 1.96 fails noticeably more often
 * than the rest, r &lt; −1.96 noticeably less. Groups without samples are left out. With fewer than two usable
 * groups, or when every sample passed (or every sample failed), there is nothing to test: X² = 0, p = 1.
 * The approximation needs expected counts of about 5 or more; {@link Result#smallExpected()} says when some are
 * below that so that a page can warn.
 */
public final class Homogeneity {

    private Homogeneity() {}

    /** One group's counts. */
    public record Group(String key, long passed, long failed) {
        public long total() {
            return passed + failed;
        }
    }

    /** The residual of one group's failures. */
    public record Residual(String key, long failed, double expectedFailed, double adjustedResidual) {}

    public record Result(
            double chiSquare, int degreesOfFreedom, double pValue, boolean smallExpected, List<Residual> residuals) {}

    public static Result test(List<Group> groups) {
        List<Group> used = groups.stream().filter(g -> g.total() > 0).toList();
        long passed = used.stream().mapToLong(Group::passed).sum();
        long failed = used.stream().mapToLong(Group::failed).sum();
        double n = passed + failed;
        if (used.size() < 2 || passed == 0 || failed == 0) {
            List<Residual> none = used.stream()
                    .map(g -> new Residual(g.key(), g.failed(), g.failed(), 0))
                    .toList();
            return new Result(0, Math.max(0, used.size() - 1), 1, false, none);
        }
        double chi = 0;
        boolean small = false;
        List<Residual> residuals = new ArrayList<>();
        for (Group g : used) {
            double eFail = g.total() * failed / n;
            double ePass = g.total() * passed / n;
            chi += square(g.failed() - eFail) / eFail + square(g.passed() - ePass) / ePass;
            small |= eFail < 5 || ePass < 5;
            double variance = eFail * (1 - g.total() / n) * (1 - failed / n);
            residuals.add(new Residual(
                    g.key(), g.failed(), eFail, variance > 0 ? (g.failed() - eFail) / Math.sqrt(variance) : 0));
        }
        int df = used.size() - 1;
        return new Result(chi, df, Gamma.chiSquareUpperTail(chi, df), small, residuals);
    }

    private static double square(double x) {
        return x * x;
    }
}
