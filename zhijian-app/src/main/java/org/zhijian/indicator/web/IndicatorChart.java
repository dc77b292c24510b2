package org.zhijian.indicator.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.zhijian.algo.scoring.IndicatorProgress;
import org.zhijian.indicator.IndicatorProgressView;
import org.zhijian.indicator.IndicatorValue;

/**
 * An indicator's chart as comma-separated lists for data attributes: the years from the baseline to the target (or
 * the latest value), the values (the latest given for each year; the baseline in its year), the linear trajectory and
 * the target; empty = none.
 */
record IndicatorChart(String years, String values, String trajectory, String target) {

    static IndicatorChart of(IndicatorProgressView i, List<IndicatorValue> history) {
        Map<Integer, Double> byYear = new TreeMap<>();
        byYear.put(i.baselineYear(), i.baselineValue());
        history.forEach(v -> byYear.put(v.year(), v.value()));
        if (i.year() != null && i.value() != null) {
            byYear.put(i.year(), i.value());
        }
        int last = Math.max(
                i.targetYear(),
                byYear.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        List<Integer> years = new ArrayList<>();
        for (int y = i.baselineYear(); y <= last; y++) {
            years.add(y);
        }
        return new IndicatorChart(
                years.stream().map(String::valueOf).collect(Collectors.joining(",")),
                years.stream().map(y -> number(byYear.get(y))).collect(Collectors.joining(",")),
                years.stream().map(y -> number(expected(i, y))).collect(Collectors.joining(",")),
                years.stream().map(y -> number(i.targetValue())).collect(Collectors.joining(",")));
    }

    /** The trajectory up to the target year (none beyond it); the comparator does not enter it. */
    private static Double expected(IndicatorProgressView i, int year) {
        return year > i.targetYear()
                ? null
                : IndicatorProgress.expected(
                        new IndicatorProgress.Plan(
                                i.baselineYear(),
                                i.baselineValue(),
                                i.targetYear(),
                                i.targetValue(),
                                IndicatorProgress.Comparator.AT_LEAST,
                                false),
                        year);
    }

    private static String number(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.4f", v);
    }
}
