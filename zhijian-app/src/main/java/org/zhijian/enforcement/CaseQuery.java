package org.zhijian.enforcement;

/**
 * Filters of the case list; blank means any.
 *
 * @param q words in the case number, party, violation, legal basis or facts
 * @param region a prefecture or county code
 * @param enterprise a registered party's credit code
 */
public record CaseQuery(String q, String region, String enterprise) {}
