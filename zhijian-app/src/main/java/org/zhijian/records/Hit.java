package org.zhijian.records;

/**
 * How a kind's record is shown as a search hit: SQL expressions over its table for the title and the line of
 * context, and the order of hits (newest first).
 *
 * @param title e.g. {@code respondent_name || '（' || complaint_no || '）'}
 * @param detail e.g. {@code product || ' · ' || description}
 * @param order e.g. {@code received_at desc, id desc}
 */
public record Hit(String title, String detail, String order) {}
