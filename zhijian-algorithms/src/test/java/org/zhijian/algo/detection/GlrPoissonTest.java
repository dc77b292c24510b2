package org.zhijian.algo.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class GlrPoissonTest {

    static final java.util.List<String> SERIES = ReferenceVectors.SERIES;

    @ParameterizedTest(name = "{0}")
    @FieldSource("SERIES")
    void bounds_and_alarms_agree_with_r(String series) {
        double[] y = ReferenceVectors.series(series);
        var r = ReferenceVectors.output(series, "glrpois");

        var ours = GlrPoisson.detect(y, r.get(0).week(), r.get(r.size() - 1).week(), GlrPoisson.Params.defaults());

        ParityAssert.matches(series + " glrpois", ours, r, 0);
    }
}
