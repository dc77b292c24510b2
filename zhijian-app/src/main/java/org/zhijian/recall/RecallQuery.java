package org.zhijian.recall;

/**
 * Filters of the recall list; blank means any.
 *
 * @param source a {@link RecallSource} code or label
 * @param country origin country, case-insensitive, matched as a word of the origin field ({@code China} finds
 *     {@code China; Viet Nam})
 * @param q words anywhere in product, brand, model, hazard, manufacturer, firm and reference
 * @param link a link status ({@code UNRESOLVED} lists the domestic recalls waiting for an officer)
 * @param enterprise the credit code of the registered manufacturer a recall is linked to
 * @param category a product category code, its sub-categories included
 */
public record RecallQuery(String source, String country, String q, String link, String enterprise, String category) {

    public RecallQuery(String source, String country, String q, String link, String enterprise) {
        this(source, country, q, link, enterprise, null);
    }

    public RecallQuery(String source, String country, String q) {
        this(source, country, q, null, null);
    }

    public RecallQuery(String source, String country, String q, String link) {
        this(source, country, q, link, null);
    }
}
