package org.zhijian.sampling;

import java.util.List;
import java.util.Map;

/**
 * A new sampling plan.
 *
 * @param year plan year
 * @param batch batch within the year, e.g. 第一批
 * @param title title
 * @param level organising level
 * @param organizerRegion region code of the organising authority (the province code for provincial plans)
 * @param institution testing institution (承检机构)
 * @param categories product categories sampled
 * @param targets number of targets per region (prefecture or county codes within the organiser's region)
 * @param classRatios inspection ratios per credit-risk class in per cent, e.g. {@code A=3,B=10,C=30,D=80}, that
 *     weight the draw's pool (K3/K4); blank for an unweighted draw
 */
public record PlanForm(
        Integer year,
        String batch,
        String title,
        PlanLevel level,
        String organizerRegion,
        String institution,
        List<String> categories,
        Map<String, Integer> targets,
        String classRatios) {

    /** A plan whose draw is not weighted by credit class. */
    public PlanForm(
            Integer year,
            String batch,
            String title,
            PlanLevel level,
            String organizerRegion,
            String institution,
            List<String> categories,
            Map<String, Integer> targets) {
        this(year, batch, title, level, organizerRegion, institution, categories, targets, null);
    }
}
