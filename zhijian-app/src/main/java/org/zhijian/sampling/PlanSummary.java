package org.zhijian.sampling;

/** A line of the plan list; {@code drawStatus} is the latest draw's status or {@code null} before any draw. */
public record PlanSummary(
        long id,
        int year,
        String batch,
        String title,
        PlanLevel level,
        String organizerRegionName,
        int targetTotal,
        String drawStatus) {}
