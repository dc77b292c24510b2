package org.zhijian.indicator;

/**
 * An item of a year's assessment scheme.
 *
 * @param kind INDICATOR (scored linearly between floor and target from the indicator's value), TASK (share of tasks
 *     done), DEDUCTION, BONUS (per occurrence up to the points), VETO (一票否决)
 * @param indicatorId the indicator an INDICATOR item reads
 */
public record AssessmentItem(
        String code,
        String name,
        String kind,
        double points,
        Double floor,
        Double target,
        boolean higherIsBetter,
        double perUnit,
        Long indicatorId) {}
