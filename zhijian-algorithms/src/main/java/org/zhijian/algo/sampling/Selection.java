package org.zhijian.algo.sampling;

import java.util.List;

/** A selected target with the inspectors assigned to it (fewer than asked when too few were eligible). */
public record Selection(String candidateId, String stratum, List<String> inspectors) {

    public Selection {
        inspectors = List.copyOf(inspectors);
    }
}
