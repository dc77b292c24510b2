package org.zhijian.risk;

import java.util.List;
import java.util.Map;

/**
 * A series and the method to run on it.
 *
 * @param method the method
 * @param weeks the week index of each count (consecutive)
 * @param observed the counts
 * @param from the first week to evaluate, null for the first the method can
 * @param to the last week to evaluate, null for the last of the series
 * @param params parameters by their names in R's control lists (b, w, alpha, minSigma, k, h, c.ARL …)
 */
public record DetectionRequest(
        DetectionMethod method,
        List<Integer> weeks,
        double[] observed,
        Integer from,
        Integer to,
        Map<String, String> params) {

    public DetectionRequest {
        weeks = List.copyOf(weeks);
        observed = observed.clone();
        params = Map.copyOf(params);
    }
}
