package org.zhijian.algo.sampling;

import java.util.List;

/**
 * A selected target with the inspectors assigned to it (fewer than asked when too few were eligible).
 *
 * @param candidateId the target's id
 * @param stratum the stratum it was drawn in
 * @param county its county (as in the pool)
 * @param inspectors the inspectors assigned, in the order they were ranked
 */
public record Selection(String candidateId, String stratum, String county, List<String> inspectors) {

    public Selection {
        inspectors = List.copyOf(inspectors);
    }
}
