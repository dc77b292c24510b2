package org.zhijian.complaint;

/**
 * Filters of the complaint list; blank means any.
 *
 * @param q words in the number, respondent, product or description
 * @param region a prefecture or county code
 * @param enterprise a registered enterprise's credit code
 * @param category a product category code, its sub-categories included
 * @param hazard a hazard type code
 */
public record ComplaintQuery(
        String q, String status, String channel, String region, String enterprise, String category, String hazard) {

    public ComplaintQuery(String q, String status, String channel, String region, String enterprise) {
        this(q, status, channel, region, enterprise, null, null);
    }

    public ComplaintQuery(String q, String status, String channel, String region, String enterprise, String category) {
        this(q, status, channel, region, enterprise, category, null);
    }
}
