package org.zhijian.algo.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ProportionTest {

    /** Newcombe (1998), Table I, method 3 (score interval without continuity correction), to 4 decimals. */
    @Test
    void matchesNewcombesPublishedWilsonIntervals() {
        assertInterval(Proportion.wilson(81, 263), 0.2553, 0.3662);
        assertInterval(Proportion.wilson(15, 148), 0.0624, 0.1605);
        assertInterval(Proportion.wilson(0, 20), 0.0000, 0.1611);
        assertInterval(Proportion.wilson(1, 29), 0.0061, 0.1718);
    }

    private static void assertInterval(Proportion p, double lower, double upper) {
        assertThat(p.lower()).isCloseTo(lower, within(0.00006));
        assertThat(p.upper()).isCloseTo(upper, within(0.00006));
    }

    @Test
    void aPerfectPassRateHasUpperEndOneAndNoTrialsGiveTheWholeRange() {
        Proportion all = Proportion.wilson(50, 50);
        assertThat(all.upper()).isEqualTo(1);
        assertThat(all.lower()).isCloseTo(0.9287, within(0.0001));
        Proportion none = Proportion.wilson(0, 0);
        assertThat(none.rate()).isNaN();
        assertThat(none.lower()).isZero();
        assertThat(none.upper()).isEqualTo(1);
        assertThatThrownBy(() -> Proportion.wilson(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void theIntervalContainsTheRateAndStaysInTheUnitRange(
            @ForAll @IntRange(min = 0, max = 5000) int successes, @ForAll @IntRange(min = 0, max = 5000) int extra) {
        Proportion p = Proportion.wilson(successes, successes + extra);
        if (successes + extra > 0) {
            assertThat(p.lower()).isBetween(0.0, p.rate());
            assertThat(p.upper()).isBetween(p.rate(), 1.0);
        }
    }
}
