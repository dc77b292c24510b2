package org.zhijian.risk;

/** Runs a detection method on a series; the CLI, the analyst's page and the API share this path. */
public interface SeriesDetection {

    /**
     * @throws org.zhijian.platform.BusinessRuleViolation {@code RISK_001} for an unknown parameter or a bad value,
     *     {@code RISK_002} for weeks the method cannot evaluate (too little history, a range outside the series)
     */
    DetectionOutcome detect(DetectionRequest request);

    /**
     * Runs a method on a CSV series ({@code week_index,observed}; UTF-8, UTF-8 with BOM or GB18030).
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code RISK_003} for a bad file, with row and column
     */
    DetectionOutcome detect(
            byte[] csv, DetectionMethod method, Integer from, Integer to, java.util.Map<String, String> params);

    /** The outcome as CSV: week_index, observed, expected, upperbound, alarm and the diagnostics; NA = not evaluated. */
    String csv(DetectionOutcome outcome);
}
