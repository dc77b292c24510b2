package org.zhijian.algo.scoring;

import java.util.Objects;

/**
 * Where an indicator stands against its plan: the expected value on a straight line from the baseline to the target,
 * and a status.
 *
 * <pre>
 *   expected(y) = b + (t − b) · (y − y_b) / (y_t − y_b)        (linear trajectory; y clamped to [y_b, y_t])
 *   MET      the value satisfies the target's comparator (≥ t, ≤ t, = t)
 *   ON_TRACK the value is on the right side of expected(y) (≥ for "higher is better", ≤ for "lower is better")
 *   BEHIND   otherwise, by at most {@code tolerance} of the planned change |t − b| (or, for a target equal to the
 *            baseline, by at most tolerance × |t|)
 *   WARNING  behind by more than that, or behind at all for a binding indicator
 *   NO_DATA  no value; NO_TARGET for a target still to be supplied (达到国家考核目标 before the year's figure is known)
 * </pre>
 *
 * Source: the plan's 专栏1 (baseline 2020, target 2025) and ../shared/specs/indicators-traceability-ratings.md part A
 * (DHIS2's target-versus-actual practice, linear by default). Edge cases: a target year equal to the baseline year
 * expects the target at once; "=" targets (100 %) are met only by equality within 1e-9 and otherwise judged as
 * "higher is better" when the target is at or above the baseline.
 */
public final class IndicatorProgress {

    /** The comparison the target asks for. */
    public enum Comparator {
        AT_LEAST(">="),
        AT_MOST("<="),
        EQUAL("=");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public static Comparator parse(String text) {
            for (Comparator c : values()) {
                if (c.symbol.equals(text.strip()) || c.name().equalsIgnoreCase(text.strip())) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown comparator: " + text);
        }
    }

    public enum Status {
        MET("已达标"),
        ON_TRACK("正常"),
        BEHIND("滞后"),
        WARNING("预警"),
        NO_DATA("无数据"),
        NO_TARGET("目标待定");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * An indicator's plan.
     *
     * @param target the target value, {@code null} while it is to be supplied (national target)
     * @param binding 约束性 (binding) rather than 预期性 (expected)
     */
    public record Plan(
            int baselineYear, double baseline, int targetYear, Double target, Comparator comparator, boolean binding) {

        public Plan {
            Objects.requireNonNull(comparator, "comparator");
            if (targetYear < baselineYear) {
                throw new IllegalArgumentException("target year before baseline year");
            }
        }

        boolean higherIsBetter() {
            return comparator == Comparator.AT_LEAST || (comparator == Comparator.EQUAL && target >= baseline);
        }
    }

    /** The expected value and status of a value in a year. */
    public record Assessment(Double expected, Status status) {}

    private IndicatorProgress() {}

    /** The value expected in {@code year} on the linear trajectory, or null without a target. */
    public static Double expected(Plan plan, int year) {
        if (plan.target() == null) {
            return null;
        }
        if (plan.targetYear() == plan.baselineYear()) {
            return plan.target();
        }
        int y = Math.max(plan.baselineYear(), Math.min(plan.targetYear(), year));
        double share = (double) (y - plan.baselineYear()) / (plan.targetYear() - plan.baselineYear());
        return plan.baseline() + (plan.target() - plan.baseline()) * share;
    }

    /**
     * @param value the year's value, null when none
     * @param tolerance how far behind the trajectory still counts as BEHIND rather than WARNING, as a share of the
     *     planned change (e.g. 0.5)
     */
    public static Assessment assess(Plan plan, int year, Double value, double tolerance) {
        if (plan.target() == null) {
            return new Assessment(null, value == null ? Status.NO_DATA : Status.NO_TARGET);
        }
        Double expected = expected(plan, year);
        if (value == null) {
            return new Assessment(expected, Status.NO_DATA);
        }
        if (meets(plan, value)) {
            return new Assessment(expected, Status.MET);
        }
        double shortfall = plan.higherIsBetter() ? expected - value : value - expected;
        if (shortfall <= 1e-9) {
            return new Assessment(expected, Status.ON_TRACK);
        }
        double scale = Math.abs(plan.target() - plan.baseline());
        double allowed = tolerance * (scale > 1e-9 ? scale : Math.abs(plan.target()));
        boolean far = shortfall > allowed;
        return new Assessment(expected, plan.binding() || far ? Status.WARNING : Status.BEHIND);
    }

    private static boolean meets(Plan plan, double value) {
        return switch (plan.comparator()) {
            case AT_LEAST -> value >= plan.target() - 1e-9;
            case AT_MOST -> value <= plan.target() + 1e-9;
            case EQUAL -> Math.abs(value - plan.target()) <= 1e-9;
        };
    }
}
