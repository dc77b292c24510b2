package org.zhijian.algo.sampling;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a draw must produce.
 *
 * @param targets number of targets to select per stratum
 * @param inspectorsPerTask inspectors assigned to each selected target (at least 1; the rules say 2)
 * @param recuseOwnCounty whether inspectors are kept from targets in their own county
 * @param rules a canonical text of the rules that built the pool (exclusions, weights), hashed with the pool
 */
public record DrawSpec(Map<String, Integer> targets, int inspectorsPerTask, boolean recuseOwnCounty, String rules) {

    public DrawSpec {
        targets = new TreeMap<>(targets);
        if (targets.values().stream().anyMatch(n -> n == null || n < 0)) {
            throw new IllegalArgumentException("target counts must be zero or more: " + targets);
        }
        if (inspectorsPerTask < 1) {
            throw new IllegalArgumentException("at least one inspector per task: " + inspectorsPerTask);
        }
        rules = rules == null ? "" : rules;
    }
}
