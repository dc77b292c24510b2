package org.zhijian.algo.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.SoftAssertions;

/**
 * Compares a detector's weeks with R's: upperbound within a relative tolerance (NA = not evaluated), alarms exactly.
 */
final class ParityAssert {

    private ParityAssert() {}

    static void matches(String label, List<WeekResult> ours, List<ReferenceVectors.Row> r, double relTolerance) {
        assertThat(ours).as(label + " weeks").hasSameSizeAs(r);
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < r.size(); i++) {
            ReferenceVectors.Row want = r.get(i);
            WeekResult got = ours.get(i);
            String at = label + " week " + want.week();
            soft.assertThat(got.week()).as(at).isEqualTo(want.week());
            if (Double.isNaN(want.upperbound())) {
                soft.assertThat(got.upperbound()).as(at + " upperbound NA").isNaN();
            } else {
                // a degenerate fit (an all-zero baseline whose IRLS drifts towards μ = 0) can give bounds of 1e7
                // and more, where the last digits depend on the floating-point path; there 1e-5 relative is asked
                double rel = Math.abs(want.upperbound()) > 1e6 ? Math.max(relTolerance, 1e-5) : relTolerance;
                double tol = rel * Math.max(1, Math.abs(want.upperbound()));
                soft.assertThat(got.upperbound())
                        .as(at + " upperbound")
                        .isCloseTo(want.upperbound(), org.assertj.core.api.Assertions.within(tol));
            }
            if (!Double.isNaN(want.alarm())) {
                soft.assertThat(got.alarm()).as(at + " alarm").isEqualTo(want.alarm() == 1);
            }
        }
        soft.assertAll();
    }
}
