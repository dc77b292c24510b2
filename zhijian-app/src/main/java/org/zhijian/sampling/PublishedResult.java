package org.zhijian.sampling;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A published sampling result as the public sees it. */
public record PublishedResult(
        String sampleNo,
        String planTitle,
        String organizer,
        String enterpriseName,
        String enterpriseUscc,
        String region,
        String productName,
        String brand,
        String modelSpec,
        String batchOrDate,
        String manufacturerName,
        String categoryCode,
        String verdict,
        List<String> failedItems,
        LocalDate reportDate,
        OffsetDateTime publishedAt) {}
