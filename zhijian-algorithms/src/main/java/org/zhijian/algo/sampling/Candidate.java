package org.zhijian.algo.sampling;

/**
 * An inspection target in a draw's pool.
 *
 * @param id the target's identifier (for enterprises the unified social credit code)
 * @param stratum the stratum it is drawn in, usually the region the plan sets a target count for
 * @param county the county it is located in, for inspector recusal
 * @param weight relative chance of selection within its stratum (e.g. by credit-risk class); positive and finite
 */
public record Candidate(String id, String stratum, String county, double weight) {

    public Candidate {
        if (id == null || id.isEmpty() || stratum == null) {
            throw new IllegalArgumentException("a candidate needs an id and a stratum");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be positive and finite: " + weight + " for " + id);
        }
        county = county == null ? "" : county;
    }
}
