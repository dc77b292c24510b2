package org.zhijian.algo.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The yearly assessment of regions (考核): a scheme of items, each region's score sheet that explains every point, and
 * the ranking.
 *
 * <pre>
 *   INDICATOR  points · clamp((v − floor) / (target − floor), 0, 1)     (reversed when lower is better)
 *   TASK       points · clamp(share done, 0, 1)
 *   DEDUCTION  −min(points, perUnit · count)                           (points is the cap)
 *   BONUS      +min(points, perUnit · count)
 *   VETO       a count ≥ 1 vetoes the region (一票否决): its total is 0 and it ranks last
 *   total      Σ lines; ranking by total, highest first, ties sharing a rank (1, 2, 2, 4); vetoed regions after all
 * </pre>
 *
 * Source: ../shared/specs/indicators-traceability-ratings.md part A (linear scoring between a floor and the target,
 * capped; deductions, veto and bonus items). Edge cases: a missing input scores 0 for INDICATOR and TASK ("无数据")
 * and nothing for the others; a floor equal to the target gives all points when the target is met, none otherwise.
 */
public final class AssessmentScoring {

    public enum Kind {
        INDICATOR,
        TASK,
        DEDUCTION,
        BONUS,
        VETO
    }

    /**
     * An item of the scheme.
     *
     * @param points the item's points (for DEDUCTION and BONUS: the cap)
     * @param floor INDICATOR: the value that scores nothing
     * @param target INDICATOR: the value that scores all points
     * @param higherIsBetter INDICATOR: direction
     * @param perUnit DEDUCTION and BONUS: points per occurrence
     */
    public record Item(
            String code,
            String name,
            Kind kind,
            double points,
            Double floor,
            Double target,
            boolean higherIsBetter,
            double perUnit) {}

    /** One line of a score sheet. */
    public record Line(String code, String name, Kind kind, Double input, double score, String explanation) {}

    /** A region's score sheet. */
    public record Sheet(String region, List<Line> lines, double total, boolean vetoed, int rank) {

        public Sheet {
            lines = List.copyOf(lines);
        }
    }

    private AssessmentScoring() {}

    /**
     * @param inputs per region, per item code: the indicator's value, the share of tasks done, or the count of
     *     deductions, bonuses or veto events
     * @return the sheets, ranked
     */
    public static List<Sheet> score(List<Item> items, Map<String, Map<String, Double>> inputs) {
        List<Sheet> sheets = new ArrayList<>();
        inputs.forEach((region, values) -> sheets.add(sheet(region, items, values)));
        sheets.sort(Comparator.comparing(Sheet::vetoed)
                .thenComparing(Comparator.comparingDouble(Sheet::total).reversed())
                .thenComparing(Sheet::region));
        List<Sheet> ranked = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            Sheet s = sheets.get(i);
            int rank = i > 0 && same(sheets.get(i - 1), s) ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Sheet(s.region(), s.lines(), s.total(), s.vetoed(), rank));
        }
        return ranked;
    }

    private static boolean same(Sheet a, Sheet b) {
        return a.vetoed() == b.vetoed() && (a.vetoed() || Math.abs(a.total() - b.total()) < 1e-9);
    }

    private static Sheet sheet(String region, List<Item> items, Map<String, Double> values) {
        List<Line> lines = new ArrayList<>();
        boolean vetoed = false;
        double total = 0;
        for (Item item : items) {
            Double input = values.get(item.code());
            Line line = line(item, input);
            lines.add(line);
            total += line.score();
            vetoed |= item.kind() == Kind.VETO && input != null && input >= 1;
        }
        return new Sheet(region, lines, vetoed ? 0 : round(total), vetoed, 0);
    }

    static Line line(Item item, Double input) {
        return switch (item.kind()) {
            case INDICATOR -> indicator(item, input);
            case TASK -> {
                double share = input == null ? 0 : clamp(input);
                double score = round(item.points() * share);
                yield new Line(
                        item.code(),
                        item.name(),
                        item.kind(),
                        input,
                        score,
                        input == null
                                ? "无数据，得 0 分"
                                : "完成 %s → %s × %s = %s 分"
                                        .formatted(percent(share), percent(share), n(item.points()), n(score)));
            }
            case DEDUCTION, BONUS -> {
                double count = input == null ? 0 : Math.max(0, input);
                double amount = round(Math.min(item.points(), item.perUnit() * count));
                double score = item.kind() == Kind.DEDUCTION ? -amount : amount;
                yield new Line(
                        item.code(),
                        item.name(),
                        item.kind(),
                        input,
                        score,
                        "%s 次 × %s 分（上限 %s）= %s%s 分"
                                .formatted(
                                        n(count), n(item.perUnit()), n(item.points()), score < 0 ? "" : "+", n(score)));
            }
            case VETO ->
                new Line(
                        item.code(),
                        item.name(),
                        item.kind(),
                        input,
                        0,
                        input != null && input >= 1 ? "一票否决：总分记 0" : "未触发");
        };
    }

    private static Line indicator(Item item, Double v) {
        if (v == null) {
            return new Line(item.code(), item.name(), item.kind(), null, 0, "无数据，得 0 分");
        }
        double floor = item.floor();
        double target = item.target();
        double share;
        if (Math.abs(target - floor) < 1e-12) {
            share = item.higherIsBetter() ? (v >= target ? 1 : 0) : (v <= target ? 1 : 0);
        } else {
            share = clamp(item.higherIsBetter() ? (v - floor) / (target - floor) : (floor - v) / (floor - target));
        }
        double score = round(item.points() * share);
        return new Line(
                item.code(),
                item.name(),
                item.kind(),
                v,
                score,
                "实际 %s，下限 %s、目标 %s → %s × %s = %s 分"
                        .formatted(n(v), n(floor), n(target), percent(share), n(item.points()), n(score)));
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static String n(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
