package org.zhijian.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One fact in an enterprise's credit file.
 *
 * @param source the source code (a record kind's key, {@code warning-measures} …)
 * @param kind what happened, e.g. {@code SAMPLE_FAILED}
 * @param kindLabel the kind in Chinese
 * @param authority the deciding or recording authority's region code
 * @param authorityName that region's name, empty when unknown
 */
public record CreditFactView(
        String source,
        String kind,
        String kindLabel,
        String reference,
        LocalDate day,
        LocalDate until,
        String authority,
        String authorityName,
        String summary,
        BigDecimal amount,
        String link) {}
