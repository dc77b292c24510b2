package org.zhijian.records;

/**
 * Which text of a kind's records the keyword classifier reads for a category and hazard type. The table has
 * {@code category_code, category_source, hazard_code, hazard_source}; a person's choice ({@code OFFICER}) is kept.
 *
 * @param productSql the expression naming the product
 * @param descriptionSql the expression giving the description (may join several columns)
 */
public record Classified(String productSql, String descriptionSql) {}
