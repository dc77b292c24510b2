package org.zhijian.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * One series: counts per week or month of one source in one region and category.
 *
 * @param period {@code week} or {@code month}
 * @param points the periods in order, zeros included
 */
public record SeriesView(
        String source,
        String sourceLabel,
        String regionCode,
        String regionName,
        String categoryCode,
        String categoryName,
        String period,
        List<Point> points) {

    public SeriesView {
        points = List.copyOf(points);
    }

    /** One period's count; {@code population} is the rate's denominator (0 when none). */
    public record Point(LocalDate start, String label, int cases, int population) {}
}
