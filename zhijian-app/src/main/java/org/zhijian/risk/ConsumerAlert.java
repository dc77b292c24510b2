package org.zhijian.risk;

import java.time.OffsetDateTime;

/** A published consumer alert (消费提示), as the public sees it. */
public record ConsumerAlert(
        long id,
        String title,
        String text,
        String categoryCode,
        String categoryName,
        String regionName,
        OffsetDateTime publishedAt) {}
