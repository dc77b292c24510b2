package org.zhijian.ecommerce;

/**
 * Filters of the listing list; blank means any.
 *
 * @param q words in the product, shop, seller, manufacturer or URL
 * @param status FOUND, REMOVED, REFERRED, REPLIED, or OVERDUE for referrals past their reply date
 * @param region a prefecture or county code (the seller's)
 * @param enterprise the seller's registered credit code
 * @param category a product category code, its sub-categories included
 */
public record ListingQuery(
        String q, String status, String platform, String region, String enterprise, String category) {

    public ListingQuery(String q, String status, String platform, String region, String enterprise) {
        this(q, status, platform, region, enterprise, null);
    }
}
