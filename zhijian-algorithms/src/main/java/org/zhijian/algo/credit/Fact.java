package org.zhijian.algo.credit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One credit-relevant fact about an enterprise as the scorer reads it.
 *
 * @param kind what happened, e.g. {@code SAMPLE_FAILED}, {@code PENALTY}, {@code SERIOUS_LISTED}
 * @param day when it happened (decision, report, listing day)
 * @param until when a standing fact ends (removal from a list, end of publicity); {@code null} when it does not
 *     stand or has no end yet
 * @param amount an amount in yuan (a fine), {@link Double#NaN} when none
 * @param reference the fact's reference, shown on the score sheet (a decision or sample number)
 */
public record Fact(String kind, LocalDate day, LocalDate until, double amount, String reference) {

    public Fact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(day, "day");
        reference = reference == null ? "" : reference;
    }

    /** Whether the fact stands on {@code asOf}: it happened by then and has not ended. */
    public boolean standsOn(LocalDate asOf) {
        return !day.isAfter(asOf) && (until == null || until.isAfter(asOf));
    }
}
