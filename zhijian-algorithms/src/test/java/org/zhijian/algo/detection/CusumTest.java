package org.zhijian.algo.detection;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CusumTest {

    static List<Object[]> cases() {
        List<Object[]> all = new java.util.ArrayList<>();
        for (String s : ReferenceVectors.SERIES) {
            for (String t : List.of("standard", "rossi", "anscombe")) {
                all.add(new Object[] {s, t});
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void thresholds_and_alarms_agree_with_r(String series, String transform) {
        double[] y = ReferenceVectors.series(series);
        var r = ReferenceVectors.output(series, "cusum_" + transform);
        var params = Cusum.Params.defaults(Cusum.Transform.valueOf(transform.toUpperCase()));

        var ours = Cusum.detect(y, r.get(0).week(), r.get(r.size() - 1).week(), params);

        ParityAssert.matches(series + " cusum " + transform, ours, r, 1e-10);
    }
}
