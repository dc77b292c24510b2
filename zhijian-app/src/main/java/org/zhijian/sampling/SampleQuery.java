package org.zhijian.sampling;

/**
 * Filters of the sampling record list; blank means any.
 *
 * @param planId plan
 * @param verdict CONFORMING, NONCONFORMING, UNDECIDED or PENDING (no results yet)
 * @param region prefecture or county code of the sampled enterprise
 * @param q sample number, product name or credit code fragment
 * @param category a product category code, its sub-categories included
 */
public record SampleQuery(Long planId, String verdict, String region, String q, String category) {

    public SampleQuery(Long planId, String verdict, String region, String q) {
        this(planId, verdict, region, q, null);
    }
}
