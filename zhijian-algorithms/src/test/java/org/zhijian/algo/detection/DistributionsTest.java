package org.zhijian.algo.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Against values printed by R 4.2.2 ({@code formatC(x, digits = 17)}). */
class DistributionsTest {

    private static Offset<Double> rel(double expected) {
        return within(Math.abs(expected) * 1e-12 + 1e-300);
    }

    @Test
    void the_normal_quantiles_the_detectors_use_match_r() {
        assertThat(Distributions.normalQuantile(0.999)).isCloseTo(3.0902323061678132, rel(3.0902323061678132));
        assertThat(Distributions.normalQuantile(0.975)).isCloseTo(1.959963984540054, rel(1.959963984540054));
        assertThat(Distributions.normalQuantile(0.95)).isCloseTo(1.6448536269514722, rel(1.6448536269514722));
        assertThat(Distributions.normalQuantile(1e-10)).isCloseTo(-6.3613409024040557, within(1e-9));
        assertThat(Distributions.normalCdf(-8)).isCloseTo(6.2209605742717849e-16, within(1e-27));
        assertThat(Distributions.normalCdf(1.3)).isCloseTo(0.9031995154143897, within(1e-15));
    }

    @Test
    void student_t_matches_r() {
        // 2 * pt(-3.6977, 33) = 7.8619e-4 in the spec's worked example
        assertThat(2 * Distributions.studentCdf(-3.6977, 33)).isCloseTo(0.00078654678984617138, within(1e-15));
        assertThat(Distributions.studentCdf(1.5, 4)).isCloseTo(0.89600000000000013, within(1e-13));
        assertThat(Distributions.studentCdf(-2.0, 10)).isCloseTo(0.036694017385370196, within(1e-13));
    }

    @Test
    void discrete_quantiles_match_r() {
        assertThat(Distributions.poissonQuantile(0.95, 3.2)).isEqualTo(6);
        assertThat(Distributions.poissonQuantile(0.95, 0)).isEqualTo(0);
        assertThat(Distributions.poissonQuantile(0.999, 120.5)).isEqualTo(156);
        assertThat(Distributions.negBinomialQuantile(0.95, 2.5, 0.4)).isEqualTo(10);
        assertThat(Distributions.negBinomialCdf(3, 2.5, 0.4)).isCloseTo(0.55580192155119446, within(1e-13));
        assertThat(Distributions.poissonCdf(4, 2.5)).isCloseTo(0.89117801891415127, within(1e-14));
    }
}
