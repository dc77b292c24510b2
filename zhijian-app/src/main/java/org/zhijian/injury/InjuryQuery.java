package org.zhijian.injury;

/**
 * Filters of the injury list; blank means any.
 *
 * @param q words in the case number, product, brand, model, hazard or description
 * @param severity 1–4
 * @param region a prefecture or county code
 * @param enterprise a registered manufacturer's credit code
 */
public record InjuryQuery(String q, Integer severity, String source, String region, String enterprise) {}
