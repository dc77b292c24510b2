package org.zhijian.risk.web;

import java.util.Locale;
import java.util.stream.Collectors;
import org.zhijian.risk.DetectionOutcome;

/**
 * The chart's data as comma-separated lists for data attributes (the page's script reads them; empty = NA).
 *
 * @param weeks week indices
 * @param observed counts
 * @param expected expected counts
 * @param upper thresholds
 * @param alarms 1 for an alarm week, else 0
 */
record DetectionChart(String weeks, String observed, String expected, String upper, String alarms) {

    static DetectionChart of(DetectionOutcome outcome) {
        var r = outcome.results();
        return new DetectionChart(
                r.stream().map(w -> Integer.toString(w.week())).collect(Collectors.joining(",")),
                r.stream().map(w -> number(w.observed())).collect(Collectors.joining(",")),
                r.stream().map(w -> number(w.expected())).collect(Collectors.joining(",")),
                r.stream().map(w -> number(w.upperbound())).collect(Collectors.joining(",")),
                r.stream().map(w -> w.alarm() ? "1" : "0").collect(Collectors.joining(",")));
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "";
    }
}
