package org.zhijian.indicator;

import java.time.OffsetDateTime;

/**
 * A prefecture's appeal against an assessment item.
 *
 * @param status OPEN, ACCEPTED (the item's input changed to {@code newValue}) or REJECTED
 */
public record Appeal(
        long id,
        int year,
        String prefectureCode,
        String itemCode,
        String reason,
        String status,
        String decision,
        Double newValue,
        String filedBy,
        OffsetDateTime filedAt,
        String decidedBy,
        OffsetDateTime decidedAt) {}
