package org.zhijian.algo.sampling;

import java.util.List;

/**
 * The result of a draw.
 *
 * @param algorithm the algorithm's name and version, e.g. {@code zhijian-draw-1}
 * @param seed the generator seed
 * @param poolHash SHA-256 (hex) of the canonical pool, inspectors, targets and rules
 * @param selections the selected targets in stratum and id order
 * @param shortfalls plain-language problems: strata with fewer candidates than their target, targets with fewer
 *     eligible inspectors than required
 */
public record DrawOutcome(
        String algorithm, long seed, String poolHash, List<Selection> selections, List<String> shortfalls) {

    public DrawOutcome {
        selections = List.copyOf(selections);
        shortfalls = List.copyOf(shortfalls);
    }
}
