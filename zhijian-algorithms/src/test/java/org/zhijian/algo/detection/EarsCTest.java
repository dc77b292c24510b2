package org.zhijian.algo.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EarsCTest {

    static List<Object[]> cases() {
        List<Object[]> all = new java.util.ArrayList<>();
        for (String s : ReferenceVectors.SERIES) {
            for (EarsC.Method m : EarsC.Method.values()) {
                all.add(new Object[] {s, m, 0.0});
                all.add(new Object[] {s, m, 0.5});
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0} {1} minSigma {2}")
    @MethodSource("cases")
    void thresholds_and_alarms_agree_with_r(String series, EarsC.Method method, double minSigma) {
        double[] y = ReferenceVectors.series(series);
        String file = "ears" + method + (minSigma > 0 ? "_minSigma0.5" : "");
        var r = ReferenceVectors.output(series, file);
        var params = new EarsC.Params(method, 7, Double.NaN, minSigma, EarsC.C3Mode.R_COMPAT);

        var ours = EarsC.detect(y, r.get(0).week(), r.get(r.size() - 1).week(), params);

        ParityAssert.matches(series + " " + file, ours, r, 1e-12);
    }

    @Test
    void the_worked_example_of_the_spec_alarms_in_c3_only() {
        double[] y = ReferenceVectors.series("agona");

        assertThat(EarsC.detect(y, 22, 22, EarsC.Params.defaults(EarsC.Method.C1))
                        .get(0)
                        .upperbound())
                .isCloseTo(8.321480306, within(1e-8));
        assertThat(EarsC.detect(y, 22, 22, EarsC.Params.defaults(EarsC.Method.C2))
                        .get(0)
                        .upperbound())
                .isCloseTo(3.637534291, within(1e-8));
        WeekResult c3 =
                EarsC.detect(y, 22, 22, EarsC.Params.defaults(EarsC.Method.C3)).get(0);
        assertThat(c3.upperbound()).isCloseTo(1.851177, within(1e-6));
        assertThat(c3.alarm()).isTrue();
    }

    @Test
    void the_cdc_c3_needs_a_count_and_the_sum_of_exceedances() {
        double[] y = ReferenceVectors.series("agona");
        var cdc = new EarsC.Params(EarsC.Method.C3, 7, Double.NaN, 0, EarsC.C3Mode.CDC);

        WeekResult w = EarsC.detect(y, 22, 22, cdc).get(0);

        assertThat(w.alarm()).isTrue();
        assertThat(w.upperbound()).isZero();
    }

    @Test
    void too_short_a_baseline_or_history_is_refused() {
        assertThatThrownBy(() -> new EarsC.Params(EarsC.Method.C1, 2, Double.NaN, 0, EarsC.C3Mode.R_COMPAT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EarsC.detect(new double[20], 5, 20, EarsC.Params.defaults(EarsC.Method.C1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
