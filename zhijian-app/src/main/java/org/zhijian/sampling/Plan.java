package org.zhijian.sampling;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A sampling plan with its categories, regional targets and inspection items; {@code classRatios} weights its draw by
 * credit-risk class ({@code A=3,B=10,C=30,D=80}, per cent), empty when the draw is not weighted.
 */
public record Plan(
        long id,
        int year,
        String batch,
        String title,
        PlanLevel level,
        String organizerRegion,
        String organizerRegionName,
        String institution,
        List<String> categories,
        List<RegionTarget> targets,
        List<PlanItem> items,
        String createdBy,
        OffsetDateTime createdAt,
        String classRatios) {

    public int targetTotal() {
        return targets.stream().mapToInt(RegionTarget::count).sum();
    }
}
