package org.zhijian.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A credit-relevant fact about an enterprise as the module that holds the record states it (信用档案的一条): a failed
 * or passed sample, a penalty decision, an upheld complaint, a recall, an interview …
 *
 * @param uscc the enterprise's credit code
 * @param kind what happened, e.g. {@code SAMPLE_FAILED}
 * @param reference the record's own reference, unique within its source (a decision or sample number)
 * @param day when it happened
 * @param until when a standing fact ends (end of publicity, removal), {@code null} when it does not stand
 * @param authority who decided or recorded it, may be empty
 * @param summary one line for the credit file
 * @param amount an amount in yuan (a fine), {@code null} when none
 * @param link the record's page, may be empty
 */
public record CreditFact(
        String uscc,
        String kind,
        String reference,
        LocalDate day,
        LocalDate until,
        String authority,
        String summary,
        BigDecimal amount,
        String link) {

    public CreditFact {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(day, "day");
        authority = authority == null ? "" : authority;
        summary = summary == null ? "" : summary;
        link = link == null ? "" : link;
    }
}
