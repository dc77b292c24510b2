package org.zhijian.enterprise;

/**
 * Filters of the enterprise search; {@code null} or blank means "any".
 *
 * @param q a code (or its prefix) or a fragment of the current or a former name
 * @param region a region code: the province, a prefecture (its whole subtree) or a county
 * @param industry a GB/T 4754 section letter or division
 * @param category a product category code (its whole subtree)
 * @param status a status label
 */
public record EnterpriseQuery(String q, String region, String industry, String category, String status) {

    public static EnterpriseQuery all() {
        return new EnterpriseQuery(null, null, null, null, null);
    }
}
