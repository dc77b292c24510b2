package org.zhijian.indicator.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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

    private static Double expected(IndicatorProgressView i, int year) {
        if (i.targetValue() == null || year > i.targetYear()) {
            return null;
        }
        double share = i.targetYear() == i.baselineYear()
                ? 1
                : (double) (year - i.baselineYear()) / (i.targetYear() - i.baselineYear());
        return i.baselineValue() + (i.targetValue() - i.baselineValue()) * share;
    }

    private static String number(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.4f", v);
    }
}
