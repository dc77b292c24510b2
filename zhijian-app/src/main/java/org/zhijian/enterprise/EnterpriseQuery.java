package org.zhijian.enterprise;

/**
 * Filters of the enterprise search; {@code null} or blank means "any".
 *
 * @param q a code (or its prefix) or a fragment of the current or a former name
 * @param region a region code: the province, a prefecture (its whole subtree) or a county
 * @param industry a GB/T 4754 section letter or division
 * @param category a product category code (its whole subtree)
 * @param status a status label
 * @param sort {@code uscc} (default), {@code name} or {@code established} (newest first)
 */
public record EnterpriseQuery(String q, String region, String industry, String category, String status, String sort) {

    public EnterpriseQuery(String q, String region, String industry, String category, String status) {
        this(q, region, industry, category, status, null);
    }

    public static EnterpriseQuery all() {
        return new EnterpriseQuery(null, null, null, null, null, null);
    }

    /** The ORDER BY clause for {@link #sort()}; unknown values fall back to the code. */
    public String orderBy() {
        if ("name".equals(sort)) {
            return "name, uscc";
        }
        return "established".equals(sort) ? "established_on desc nulls last, uscc" : "uscc";
    }
}
