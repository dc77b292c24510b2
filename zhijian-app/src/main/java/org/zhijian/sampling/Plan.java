package org.zhijian.sampling;

import java.time.OffsetDateTime;
import java.util.List;

/** A sampling plan with its categories, regional targets and inspection items. */
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
        OffsetDateTime createdAt) {

    public int targetTotal() {
        return targets.stream().mapToInt(RegionTarget::count).sum();
    }
}
