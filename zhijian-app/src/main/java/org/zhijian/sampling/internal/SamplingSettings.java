package org.zhijian.sampling.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configurable sampling rules (`zhijian.sampling.*`), defaults from ../shared/specs/regulatory-rules-cn.md §4.
 *
 * @param exclusionMonths an enterprise sampled in the same category within this many months is left out of the
 *     pool (P3, [I]: 6)
 * @param inspectorsPerTask inspectors assigned to each target (R9, [U] for general inspections: 2)
 * @param recuseOwnCounty keep inspectors from targets in the county they work in (R8, [U]: yes)
 */
@ConfigurationProperties("zhijian.sampling")
public record SamplingSettings(Integer exclusionMonths, Integer inspectorsPerTask, Boolean recuseOwnCounty) {

    public SamplingSettings {
        exclusionMonths = exclusionMonths == null ? 6 : exclusionMonths;
        inspectorsPerTask = inspectorsPerTask == null ? 2 : inspectorsPerTask;
        recuseOwnCounty = recuseOwnCounty == null ? Boolean.TRUE : recuseOwnCounty;
        if (exclusionMonths < 0 || inspectorsPerTask < 1) {
            throw new IllegalArgumentException("zhijian.sampling: exclusion-months ≥ 0 and inspectors-per-task ≥ 1");
        }
    }

    /** The pool rules as stored with (and hashed into) each draw. */
    String poolRules() {
        return "status=存续;exclusion-months=" + exclusionMonths + ";weights=equal";
    }
}
