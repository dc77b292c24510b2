package org.zhijian.algo.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.zhijian.algo.scoring.IndicatorProgress.Comparator;
import org.zhijian.algo.scoring.IndicatorProgress.Plan;
import org.zhijian.algo.scoring.IndicatorProgress.Status;

class IndicatorProgressTest {

    // 制造业产品质量合格率: 93.61 % in 2020, ≥ 95.0 % in 2025 (专栏1, row 13)
    private static final Plan MANUFACTURING = new Plan(2020, 93.61, 2025, 95.0, Comparator.AT_LEAST, false);

    @Test
    void theTrajectoryRunsStraightFromBaselineToTargetAndStopsAtItsEnds() {
        assertThat(IndicatorProgress.expected(MANUFACTURING, 2020)).isCloseTo(93.61, within(1e-12));
        assertThat(IndicatorProgress.expected(MANUFACTURING, 2023)).isCloseTo(94.444, within(1e-9));
        assertThat(IndicatorProgress.expected(MANUFACTURING, 2025)).isCloseTo(95.0, within(1e-12));
        assertThat(IndicatorProgress.expected(MANUFACTURING, 2030)).isCloseTo(95.0, within(1e-12));
        assertThat(IndicatorProgress.expected(MANUFACTURING, 2019)).isCloseTo(93.61, within(1e-12));
    }

    @Test
    void aValueIsMetOnTrackBehindOrWarnedByHowFarItFallsShortOfTheTrajectory() {
        assertThat(IndicatorProgress.assess(MANUFACTURING, 2023, 95.2, 0.5).status())
                .isEqualTo(Status.MET);
        assertThat(IndicatorProgress.assess(MANUFACTURING, 2023, 94.5, 0.5).status())
                .isEqualTo(Status.ON_TRACK);
        // planned change 1.39 points: up to 0.695 below the trajectory is BEHIND, more is WARNING
        assertThat(IndicatorProgress.assess(MANUFACTURING, 2023, 94.0, 0.5).status())
                .isEqualTo(Status.BEHIND);
        assertThat(IndicatorProgress.assess(MANUFACTURING, 2023, 93.7, 0.5).status())
                .isEqualTo(Status.WARNING);
        assertThat(IndicatorProgress.assess(MANUFACTURING, 2023, null, 0.5).status())
                .isEqualTo(Status.NO_DATA);
    }

    @Test
    void aBindingIndicatorBehindAtAllIsAWarningAndAFloorBelowTheBaselineIsMetAboveIt() {
        // 地级及以上城市空气质量优良天数比率: 83 % in 2020, ≥ 88 % in 2025, binding
        Plan air = new Plan(2020, 83, 2025, 88.0, Comparator.AT_LEAST, true);
        assertThat(IndicatorProgress.assess(air, 2022, 84.9, 0.5).status()).isEqualTo(Status.WARNING);
        assertThat(IndicatorProgress.assess(air, 2022, 85.0, 0.5).status()).isEqualTo(Status.ON_TRACK);
        // 森林覆盖率: 59.96 % in 2020, ≥ 59 % in 2025 — a floor
        Plan forest = new Plan(2020, 59.96, 2025, 59.0, Comparator.AT_LEAST, true);
        assertThat(IndicatorProgress.assess(forest, 2023, 59.5, 0.5).status()).isEqualTo(Status.MET);
        assertThat(IndicatorProgress.assess(forest, 2023, 58.9, 0.5).status()).isEqualTo(Status.WARNING);
    }

    @Test
    void equalityTargetsAndTargetsStillToBeSupplied() {
        Plan drugs = new Plan(2020, 100, 2025, 100.0, Comparator.EQUAL, false);
        assertThat(IndicatorProgress.assess(drugs, 2024, 100.0, 0.5).status()).isEqualTo(Status.MET);
        assertThat(IndicatorProgress.assess(drugs, 2024, 99.8, 0.5).status()).isEqualTo(Status.BEHIND);
        assertThat(IndicatorProgress.assess(drugs, 2024, 40.0, 0.5).status()).isEqualTo(Status.WARNING);
        Plan water = new Plan(2020, 93.3, 2025, null, Comparator.AT_LEAST, true);
        assertThat(IndicatorProgress.assess(water, 2024, 95.0, 0.5).status()).isEqualTo(Status.NO_TARGET);
        assertThat(IndicatorProgress.assess(water, 2024, 95.0, 0.5).expected()).isNull();
        assertThat(Comparator.parse("<=")).isEqualTo(Comparator.AT_MOST);
    }
}
