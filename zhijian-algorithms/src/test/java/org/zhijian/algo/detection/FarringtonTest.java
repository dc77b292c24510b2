package org.zhijian.algo.detection;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class FarringtonTest {

    static final List<String> SERIES = ReferenceVectors.SERIES.stream()
            .filter(s -> ReferenceVectors.has(s, "farrington"))
            .toList();

    @ParameterizedTest(name = "{0}")
    @FieldSource("SERIES")
    void thresholds_and_alarms_agree_with_r(String series) {
        double[] y = ReferenceVectors.series(series);
        var r = ReferenceVectors.output(series, "farrington");

        var ours = Farrington.detect(y, r.get(0).week(), r.get(r.size() - 1).week(), Farrington.Params.defaults());

        ParityAssert.matches(series + " farrington", ours, r, 1e-9);
    }
}
