package org.zhijian.sampling.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configurable sampling rules (`zhijian.sampling.*`), defaults from ../shared/specs/regulatory-rules-cn.md §4.
 *
 * @param exclusionMonths an enterprise sampled in the same category within this many months is left out of the
 *     pool (P3, [I]: 6)
 * @param inspectorsPerTask inspectors assigned to each target (R9, [U] for general inspections: 2)
 * @param recuseOwnCounty keep inspectors from targets in the county they work in (R8, [U]: yes)
 * @param objectionDays calendar days after notification to request a re-test of a product (P9, [C]: 15)
 * @param objectionWorkingDays working days for the category kinds in {@code workingDayKinds} (食品安全法 Art. 88,
 *     [C]: 7)
 * @param workingDayKinds category kinds whose objection period counts working days (FOOD, AGRICULTURAL)
 * @param extendOverRestDays a calendar-day period ending on a rest day ends on the next working day (民法典 Art. 203)
 * @param rectificationDays days from the order to complete rectification (P14, [I]: 60)
 * @param recheckDays days from the order to the follow-up check (P15, [I]: 75)
 * @param publicationWorkingDays working days from the verdict to publication (R7, [U]: 20)
 * @param warmUpPool size of the synthetic pool drawn once when the server starts, so that the first real draw runs
 *     optimised code (500,000; 0: no warm-up)
 */
@ConfigurationProperties("zhijian.sampling")
public record SamplingSettings(
        Integer exclusionMonths,
        Integer inspectorsPerTask,
        Boolean recuseOwnCounty,
        Integer objectionDays,
        Integer objectionWorkingDays,
        java.util.Set<String> workingDayKinds,
        Boolean extendOverRestDays,
        Integer rectificationDays,
        Integer recheckDays,
        Integer publicationWorkingDays,
        Integer warmUpPool) {

    public SamplingSettings {
        objectionDays = objectionDays == null ? 15 : objectionDays;
        objectionWorkingDays = objectionWorkingDays == null ? 7 : objectionWorkingDays;
        workingDayKinds = workingDayKinds == null
                ? java.util.Set.of("FOOD", "AGRICULTURAL")
                : java.util.Set.copyOf(workingDayKinds);
        extendOverRestDays = extendOverRestDays == null ? Boolean.TRUE : extendOverRestDays;
        rectificationDays = rectificationDays == null ? 60 : rectificationDays;
        recheckDays = recheckDays == null ? 75 : recheckDays;
        publicationWorkingDays = publicationWorkingDays == null ? 20 : publicationWorkingDays;
        exclusionMonths = exclusionMonths == null ? 6 : exclusionMonths;
        inspectorsPerTask = inspectorsPerTask == null ? 2 : inspectorsPerTask;
        recuseOwnCounty = recuseOwnCounty == null ? Boolean.TRUE : recuseOwnCounty;
        warmUpPool = warmUpPool == null ? 500_000 : warmUpPool;
        if (exclusionMonths < 0 || inspectorsPerTask < 1 || warmUpPool < 0) {
            throw new IllegalArgumentException(
                    "zhijian.sampling: exclusion-months ≥ 0, inspectors-per-task ≥ 1 and warm-up-pool ≥ 0");
        }
    }

    /** The pool rules as stored with (and hashed into) each draw of equal weights. */
    String poolRules() {
        return poolRules("weights=equal");
    }

    /** The pool rules with the given weighting, e.g. {@code credit-class-weights=A=3,…}. */
    String poolRules(String weights) {
        return "status=存续;exclusion-months=" + exclusionMonths + ";" + weights;
    }
}
