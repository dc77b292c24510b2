package org.zhijian.sampling;

/**
 * Filters of the sampling record list; blank means any.
 *
 * @param planId plan
 * @param verdict CONFORMING, NONCONFORMING, UNDECIDED or PENDING (no results yet)
 * @param region prefecture or county code of the sampled enterprise
 * @param q sample number, product name or credit code fragment
 * @param category a product category code, its sub-categories included
 * @param enterprise the sampled enterprise's credit code, exactly
 * @param year the year of the sampling date
 */
public record SampleQuery(
        Long planId, String verdict, String region, String q, String category, String enterprise, Integer year) {

    public SampleQuery(Long planId, String verdict, String region, String q) {
        this(planId, verdict, region, q, null, null, null);
    }

    public SampleQuery(Long planId, String verdict, String region, String q, String category) {
        this(planId, verdict, region, q, category, null, null);
    }

    /** One enterprise's samples. */
    public static SampleQuery ofEnterprise(String uscc) {
        return new SampleQuery(null, null, null, null, null, uscc, null);
    }
}
