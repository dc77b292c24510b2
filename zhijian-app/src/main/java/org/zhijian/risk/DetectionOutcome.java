package org.zhijian.risk;

import java.util.List;
import java.util.Map;
import org.zhijian.algo.detection.WeekResult;

/**
 * What a method found.
 *
 * @param method the method
 * @param params every parameter the method used, defaults included, by R's names
 * @param results one per evaluated week; {@code week} is the series' own week index
 * @param diagnostics the names of the diagnostics the results carry
 */
public record DetectionOutcome(
        DetectionMethod method, Map<String, String> params, List<WeekResult> results, List<String> diagnostics) {

    public DetectionOutcome {
        params = Map.copyOf(params);
        results = List.copyOf(results);
        diagnostics = List.copyOf(diagnostics);
    }

    public long alarms() {
        return results.stream().filter(WeekResult::alarm).count();
    }
}
