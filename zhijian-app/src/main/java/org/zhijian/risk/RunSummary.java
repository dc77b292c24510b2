package org.zhijian.risk;

import java.time.OffsetDateTime;

/**
 * A detection run over every series for one ISO week.
 *
 * @param week e.g. {@code 2026-W47}
 * @param status RUNNING (or cut short) or DONE
 * @param series series evaluated
 * @param signals signals stored
 */
public record RunSummary(
        String week, String status, int series, int signals, OffsetDateTime startedAt, OffsetDateTime finishedAt) {}
