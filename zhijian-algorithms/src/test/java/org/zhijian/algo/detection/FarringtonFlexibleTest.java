package org.zhijian.algo.detection;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FarringtonFlexibleTest {

    static List<Object[]> cases() {
        List<Object[]> all = new ArrayList<>();
        for (String s : ReferenceVectors.SERIES) {
            for (String preset : List.of("default", "orig", "noufaily", "muan")) {
                if (ReferenceVectors.has(s, "farringtonFlexible_" + preset)) {
                    all.add(new Object[] {s, preset});
                }
            }
        }
        return all;
    }

    static FarringtonFlexible.Params preset(String name) {
        return switch (name) {
            case "default" -> FarringtonFlexible.defaults();
            case "orig" -> FarringtonFlexible.original();
            case "noufaily" -> FarringtonFlexible.noufaily();
            default -> {
                var n = FarringtonFlexible.noufaily();
                yield new FarringtonFlexible.Params(
                        n.b(),
                        n.w(),
                        n.reweight(),
                        n.weightsThreshold(),
                        n.trend(),
                        n.pThresholdTrend(),
                        n.alpha(),
                        n.powertrans(),
                        n.limitCases(),
                        n.limitWeeks(),
                        n.noPeriods(),
                        n.pastWeeksNotIncluded(),
                        FarringtonFlexible.ThresholdMethod.MUAN);
            }
        };
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void thresholds_and_alarms_agree_with_r(String series, String preset) {
        double[] y = ReferenceVectors.series(series);
        var r = ReferenceVectors.output(series, "farringtonFlexible_" + preset);

        var ours = FarringtonFlexible.detect(
                y, r.get(0).week(), r.get(r.size() - 1).week(), preset(preset));

        ParityAssert.matches(series + " flexible " + preset, ours, r, 1e-9);
    }
}
