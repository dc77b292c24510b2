package org.zhijian.risk.web;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.zhijian.risk.DetectionOutcome;
import org.zhijian.risk.SeriesView;

/**
 * The chart's data as comma-separated lists for data attributes (the page's script reads them; empty = NA).
 *
 * @param weeks week indices
 * @param labels the x-axis labels (the week indices, or ISO weeks such as 2026-W47)
 * @param observed counts
 * @param expected expected counts
 * @param upper thresholds
 * @param alarms 1 for an alarm week, else 0
 */
record DetectionChart(String weeks, String labels, String observed, String expected, String upper, String alarms) {

    static DetectionChart of(DetectionOutcome outcome) {
        return of(outcome, Integer::toString);
    }

    static DetectionChart of(DetectionOutcome outcome, IntFunction<String> label) {
        var r = outcome.results();
        return new DetectionChart(
                r.stream().map(w -> Integer.toString(w.week())).collect(Collectors.joining(",")),
                r.stream().map(w -> label.apply(w.week())).collect(Collectors.joining(",")),
                r.stream().map(w -> number(w.observed())).collect(Collectors.joining(",")),
                r.stream().map(w -> number(w.expected())).collect(Collectors.joining(",")),
                r.stream().map(w -> number(w.upperbound())).collect(Collectors.joining(",")),
                r.stream().map(w -> w.alarm() ? "1" : "0").collect(Collectors.joining(",")));
    }

    /** A series' last weeks without a method's band (too short to evaluate). */
    static DetectionChart counts(SeriesView series, int last) {
        List<SeriesView.Point> p = series.points()
                .subList(
                        Math.max(0, series.points().size() - last),
                        series.points().size());
        String empty = p.stream().map(x -> "").collect(Collectors.joining(","));
        return new DetectionChart(
                p.stream().map(x -> "0").collect(Collectors.joining(",")),
                p.stream().map(SeriesView.Point::label).collect(Collectors.joining(",")),
                p.stream().map(x -> Integer.toString(x.cases())).collect(Collectors.joining(",")),
                empty,
                empty,
                p.stream().map(x -> "0").collect(Collectors.joining(",")));
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "";
    }
}
