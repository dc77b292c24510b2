package org.zhijian.algo.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values computed in R 4.2.2 with the formulas of the class and {@code chisq.test(correct = TRUE)}. */
class DisproportionalityTest {

    @Test
    void a_pair_reported_four_times_as_often_signals_by_both_rules() {
        var r = Disproportionality.of(20, 80, 50, 950);

        assertThat(r.prr()[0]).isCloseTo(20.0 / 100 / (50.0 / 1000), within(1e-12));
        assertThat(r.ror()[0]).isCloseTo(20.0 * 950 / (80 * 50), within(1e-12));
        assertThat(r.chiSquare()).isCloseTo(31.8561373093, within(1e-8));
        assertThat(r.prr()[1]).isCloseTo(2.484871041, within(1e-8));
        assertThat(r.ror()[1]).isCloseTo(2.695564854, within(1e-8));
        assertThat(r.prrSignal()).isTrue();
        assertThat(r.rorSignal()).isTrue();
        assertThat(r.corrected()).isFalse();
    }

    @Test
    void fewer_than_three_reports_never_signal() {
        var r = Disproportionality.of(2, 3, 10, 5000);

        assertThat(r.prr()[0]).isGreaterThan(2);
        assertThat(r.prrSignal()).isFalse();
        assertThat(r.rorSignal()).isFalse();
        assertThat(Disproportionality.of(0, 10, 10, 100).prrSignal()).isFalse();
    }

    @Test
    void a_hazard_seen_only_with_this_category_is_corrected_and_flagged() {
        var r = Disproportionality.of(5, 20, 0, 400);

        assertThat(r.corrected()).isTrue();
        assertThat(r.prr()[0]).isCloseTo((5.5 / 26) / (0.5 / 401), within(1e-9));
        assertThat(Double.isFinite(r.ror()[2])).isTrue();
        assertThat(r.prrSignal()).isTrue();
    }

    @Test
    void large_tables_do_not_overflow() {
        var r = Disproportionality.of(3_000_000L, 4_000_000L, 2_000_000L, 9_000_000_000L);

        assertThat(r.chiSquare()).isFinite().isPositive();
    }
}
