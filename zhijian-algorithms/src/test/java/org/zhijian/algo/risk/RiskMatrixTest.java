package org.zhijian.algo.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RiskMatrixTest {

    private final RiskMatrix eu = RiskMatrix.parse(RiskMatrix.EU_2019_417);

    private static Scenario scenario(int severity, double... steps) {
        return new Scenario(
                "s",
                java.util.Arrays.stream(steps)
                        .mapToObj(p -> new Scenario.Step("step", p))
                        .toList(),
                severity,
                false);
    }

    @Test
    void the_folding_chair_example_is_a_low_risk() {
        // 2010/15/EU Annex Part IV §6: severity 1, probability above 1/1,000 → low (the one confirmed cell)
        assertThat(eu.level(0.002, 1)).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void the_overall_probability_is_the_product_of_the_steps() {
        Scenario s = scenario(3, 0.5, 0.1, 0.02);

        assertThat(s.probability()).isCloseTo(0.001, within(1e-15));
        assertThat(eu.level(s.probability(), 3))
                .as("exactly 1/1,000 belongs to the band below")
                .isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void the_highest_scenario_counts() {
        var a = eu.assess(List.of(scenario(1, 0.9), scenario(4, 0.001, 0.02), scenario(2, 0.2)));

        assertThat(a.scenarios())
                .extracting(RiskMatrix.Assessed::level)
                .containsExactly(RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.SERIOUS);
        assertThat(a.level()).isEqualTo(RiskLevel.SERIOUS);
    }

    @Property
    void a_higher_severity_or_probability_never_lowers_the_level(
            @ForAll @DoubleRange(min = -9, max = 0) double exponent, @ForAll @IntRange(min = 1, max = 3) int severity) {
        double p = Math.pow(10, exponent);
        assertThat(eu.level(p, severity + 1)).isGreaterThanOrEqualTo(eu.level(p, severity));
        assertThat(eu.level(Math.min(1, p * 10), severity)).isGreaterThanOrEqualTo(eu.level(p, severity));
    }

    @Test
    void a_matrix_without_a_floor_band_or_with_bad_steps_is_refused() {
        assertThatThrownBy(() -> RiskMatrix.parse("0.5,LOW,LOW,LOW,LOW")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scenario(2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scenario(5, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RiskMatrix.parse("# 中文等级\n0.1,低,中,高,严重\n0,低,低,低,低").level(0.5, 4))
                .isEqualTo(RiskLevel.SERIOUS);
    }
}
