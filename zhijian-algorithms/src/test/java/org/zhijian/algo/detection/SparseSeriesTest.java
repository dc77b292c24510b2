package org.zhijian.algo.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A category × county series is mostly zeros. Without an outbreak, the settings the platform runs with must keep
 * alarms rare: at most 1 % of weeks on 20 simulated sparse series (Poisson mean 0.05, 420 weeks, fixed seeds).
 */
class SparseSeriesTest {

    private static double[] sparse(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[420];
        for (int i = 0; i < y.length; i++) {
            // Poisson(0.05) by inversion
            double u = random.nextDouble();
            double p = Math.exp(-0.05);
            double cdf = p;
            int k = 0;
            while (u > cdf) {
                k++;
                p *= 0.05 / k;
                cdf += p;
            }
            y[i] = k;
        }
        return y;
    }

    private static double alarmRate(java.util.function.Function<double[], List<WeekResult>> detector) {
        long alarms = 0;
        long weeks = 0;
        for (long seed = 1; seed <= 20; seed++) {
            List<WeekResult> r = detector.apply(sparse(seed));
            alarms += r.stream().filter(WeekResult::alarm).count();
            weeks += r.size();
        }
        return alarms / (double) weeks;
    }

    @Test
    void ears_with_a_sigma_floor_stays_quiet() {
        for (EarsC.Method m : EarsC.Method.values()) {
            var p = new EarsC.Params(m, 7, Double.NaN, 0.5, EarsC.C3Mode.CDC);
            assertThat(alarmRate(y -> EarsC.detect(y, 264, 420, p)))
                    .as(m.name())
                    .isLessThanOrEqualTo(0.01);
        }
    }

    @Test
    void ears_without_a_sigma_floor_alarms_on_any_count_after_a_zero_window() {
        var p = EarsC.Params.defaults(EarsC.Method.C1);
        assertThat(alarmRate(y -> EarsC.detect(y, 264, 420, p))).isGreaterThan(0.02);
    }

    @Test
    void farrington_flexible_needs_five_cases_in_four_weeks() {
        assertThat(alarmRate(y -> FarringtonFlexible.detect(y, 264, 420, FarringtonFlexible.defaults())))
                .isLessThanOrEqualTo(0.01);
    }

    @Test
    void glr_needs_more_than_one_isolated_count() {
        assertThat(alarmRate(y -> GlrPoisson.detect(y, 105, 420, GlrPoisson.Params.defaults())))
                .isLessThanOrEqualTo(0.01);
    }
}
