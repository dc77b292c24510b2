package org.zhijian.enforcement;

/**
 * Filters of the case list; blank means any.
 *
 * @param q words in the case number, party, violation, legal basis or facts
 * @param region a prefecture or county code
 * @param enterprise a registered party's credit code
 * @param category a product category code, its sub-categories included
 */
public record CaseQuery(String q, String region, String enterprise, String category) {

    public CaseQuery(String q, String region, String enterprise) {
        this(q, region, enterprise, null);
    }
}
