package org.zhijian.algo.credit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One indicator of a scheme: the facts of some kinds within a window before the classification day, each worth a
 * number of points, the total bounded by a cap.
 *
 * <pre>
 *   n      = #{ f : f.kind ∈ kinds, asOf − windowMonths &lt; f.day ≤ asOf, f.amount ≥ minAmount (when minAmount &gt; 0),
 *                f stands on asOf (when standing) }
 *   points = sign(p) · min(|p| · n, cap)      (cap 0: no cap)
 * </pre>
 *
 * Edge cases: a window of 0 months means every fact up to {@code asOf}; negative points (a record of passed samples)
 * lower the risk score and their cap bounds the reduction; a fact without an amount never meets a minimum amount.
 *
 * @param code stable code, e.g. {@code K-SAMPLE-FAIL}
 * @param name the indicator's name as the score sheet shows it
 * @param dimension the dimension it belongs to (基础属性, 监管信息, 社会评价 …)
 * @param kinds the fact kinds counted
 * @param windowMonths how many months before the classification day count
 * @param points points per fact
 * @param cap the most points (in absolute value) the indicator gives, 0 for no cap
 * @param minAmount the least amount a fact must have to count, 0 for any fact
 * @param standing whether only facts still standing on the day count (list entries not yet removed)
 */
public record Indicator(
        String code,
        String name,
        String dimension,
        List<String> kinds,
        int windowMonths,
        double points,
        double cap,
        double minAmount,
        boolean standing) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        name = name == null ? code : name;
        dimension = dimension == null ? "" : dimension;
        kinds = List.copyOf(kinds);
    }

    /** Whether the fact counts for this indicator on {@code asOf}. */
    public boolean counts(Fact f, LocalDate asOf) {
        return kinds.contains(f.kind()) && within(f, asOf, windowMonths, standing) && meetsAmount(f);
    }

    private boolean meetsAmount(Fact f) {
        return minAmount <= 0 || (!Double.isNaN(f.amount()) && f.amount() >= minAmount);
    }

    /** The points for {@code n} counted facts. */
    public double pointsFor(int n) {
        double raw = points * n;
        return cap > 0 && Math.abs(raw) > cap ? Math.copySign(cap, raw) : raw;
    }

    static boolean within(Fact f, LocalDate asOf, int windowMonths, boolean standing) {
        if (f.day().isAfter(asOf)) {
            return false;
        }
        if (standing && !f.standsOn(asOf)) {
            return false;
        }
        return windowMonths <= 0 || f.day().isAfter(asOf.minusMonths(windowMonths));
    }
}
