package org.zhijian.ecommerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.zhijian.classification.ClassifiedAs;

/**
 * A product listing on an e-commerce platform.
 *
 * @param countyCode the seller's county: its market regulator is the local authority a referral goes to
 * @param sampleNo the online sampling record the listing was sampled for, if any (网上抽查)
 * @param status FOUND, REMOVED (下架 by the platform), REFERRED (to the local authority), REPLIED (it answered)
 * @param replyDueOn the day by which the local authority should answer a referral
 * @param overdue referred, unanswered and past {@code replyDueOn} (China time)
 */
public record Listing(
        long id,
        String url,
        String platform,
        String shop,
        String product,
        BigDecimal price,
        Long sales,
        String sellerName,
        String sellerUscc,
        String countyCode,
        String countyName,
        String manufacturer,
        String sampleNo,
        LocalDate foundOn,
        String status,
        LocalDate removedOn,
        OffsetDateTime referredAt,
        String referralNote,
        String reply,
        OffsetDateTime repliedAt,
        LocalDate replyDueOn,
        boolean overdue,
        String linkStatus,
        String enterpriseUscc,
        ClassifiedAs classifiedAs) {}
