package org.zhijian.sampling;

import java.time.LocalDate;

/**
 * A deadline of a sampling record.
 *
 * @param name what is due, in Chinese
 * @param due the last day
 * @param provisional computed without the holiday arrangement of its year (not loaded yet)
 * @param met done in time or at all ({@code null} while open)
 * @param overdue open and past its last day
 */
public record Deadline(String name, LocalDate due, boolean provisional, Boolean met, boolean overdue) {}
