package org.zhijian.algo.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class HomogeneityTest {

    /** Upper-tail 5 % points of the chi-square distribution (any table, e.g. NIST/SEMATECH e-Handbook 1.3.6.7.4). */
    @Test
    void chiSquareTailsMatchTabulatedCriticalValues() {
        assertThat(Gamma.chiSquareUpperTail(3.841459, 1)).isCloseTo(0.05, within(1e-6));
        assertThat(Gamma.chiSquareUpperTail(5.991465, 2)).isCloseTo(0.05, within(1e-6));
        assertThat(Gamma.chiSquareUpperTail(18.307038, 10)).isCloseTo(0.05, within(1e-6));
        assertThat(Gamma.chiSquareUpperTail(1.610308, 5)).isCloseTo(0.90, within(1e-6));
        assertThat(Gamma.chiSquareUpperTail(124.342113, 100)).isCloseTo(0.05, within(1e-6));
        assertThat(Gamma.chiSquareUpperTail(0, 3)).isEqualTo(1);
        assertThat(Gamma.logGamma(10)).isCloseTo(Math.log(362880), within(1e-12));
        assertThat(Gamma.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-12));
    }

    /**
     * Agresti, An Introduction to Categorical Data Analysis (2nd ed., 2007), Tables 2.5 and 2.6: party
     * identification by gender; X² = 30.07 on 2 df; adjusted residuals of the female column 4.50, 0.70, −5.32.
     * Here the parties are the groups and "female" stands in the failed column.
     */
    @Test
    void reproducesAgrestisPartyIdentificationExample() {
        Homogeneity.Result result = Homogeneity.test(List.of(
                new Homogeneity.Group("民主党", 484, 762),
                new Homogeneity.Group("无党派", 239, 327),
                new Homogeneity.Group("共和党", 477, 468)));

        assertThat(result.chiSquare()).isCloseTo(30.07, within(0.01));
        assertThat(result.degreesOfFreedom()).isEqualTo(2);
        assertThat(result.pValue()).isLessThan(1e-6);
        assertThat(result.residuals())
                .extracting(Homogeneity.Residual::adjustedResidual)
                .satisfiesExactly(
                        r -> assertThat(r).isCloseTo(4.50, within(0.01)),
                        r -> assertThat(r).isCloseTo(0.70, within(0.01)),
                        r -> assertThat(r).isCloseTo(-5.32, within(0.01)));
        assertThat(result.smallExpected()).isFalse();
    }

    @Test
    void thereIsNothingToTestWithOneGroupOrWithoutFailures() {
        assertThat(Homogeneity.test(List.of(new Homogeneity.Group("a", 10, 2))).pValue())
                .isEqualTo(1);
        Homogeneity.Result allPass =
                Homogeneity.test(List.of(new Homogeneity.Group("a", 10, 0), new Homogeneity.Group("b", 7, 0)));
        assertThat(allPass.chiSquare()).isZero();
        assertThat(allPass.pValue()).isEqualTo(1);
        Homogeneity.Result empty =
                Homogeneity.test(List.of(new Homogeneity.Group("a", 3, 1), new Homogeneity.Group("b", 0, 0)));
        assertThat(empty.residuals()).hasSize(1);
    }

    @Test
    void warnsWhenExpectedCountsAreSmall() {
        Homogeneity.Result r =
                Homogeneity.test(List.of(new Homogeneity.Group("a", 20, 1), new Homogeneity.Group("b", 18, 3)));
        assertThat(r.smallExpected()).isTrue();
    }
}
