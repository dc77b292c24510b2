package org.zhijian.injury;

/**
 * Filters of the injury list; blank means any.
 *
 * @param q words in the case number, product, brand, model, hazard or description
 * @param severity 1–4
 * @param region a prefecture or county code
 * @param enterprise a registered manufacturer's credit code
 * @param category a product category code, its sub-categories included
 * @param hazard a hazard type code
 */
public record InjuryQuery(
        String q, Integer severity, String source, String region, String enterprise, String category, String hazard) {

    public InjuryQuery(String q, Integer severity, String source, String region, String enterprise) {
        this(q, severity, source, region, enterprise, null, null);
    }
}
