package org.zhijian.records;

import java.time.LocalDate;

/**
 * One line of a timeline.
 *
 * @param kind the kind's name on the timeline
 * @param url the record's page
 */
public record TimelineEntry(LocalDate date, String kind, String title, String detail, String url) {}
