package org.zhijian.records;

/**
 * Filters of a generic record list; blank means any.
 *
 * @param q words in the record's searchable text
 * @param region a prefecture or county code
 * @param category a product category code, its sub-categories included
 */
public record RecordFilter(String q, String region, String category) {}
