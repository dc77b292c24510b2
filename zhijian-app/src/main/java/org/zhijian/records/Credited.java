package org.zhijian.records;

/**
 * How a kind's records enter enterprises' credit files (信用档案): SQL expressions over the kind's table, read by the
 * credit module through {@link org.zhijian.platform.CreditFactSource}.
 *
 * @param kind the expression of the fact's kind, e.g. {@code 'PENALTY'} or a {@code case} over the row
 * @param where the rows that are facts
 * @param uscc the expression of the enterprise's credit code
 * @param reference the record's reference, unique within the kind
 * @param day the expression of the day
 * @param until the expression of the day a standing fact ends, a typed null when none
 * @param authority the expression of the deciding or recording authority's region code
 * @param summary the line for the credit file
 * @param amount the expression of an amount in yuan, a typed null when none
 */
public record Credited(
        String kind,
        String where,
        String uscc,
        String reference,
        String day,
        String until,
        String authority,
        String summary,
        String amount) {

    /** Linked records ({@code enterprise_uscc}, found by code or name) are facts, with no end, amount or authority. */
    public static Credited of(String kind, String reference, String day, String summary) {
        return new Credited(
                kind,
                "enterprise_uscc is not null and link_status in ('LINKED', 'MATCHED')",
                "enterprise_uscc",
                reference,
                day,
                "cast(null as date)",
                "''",
                summary,
                "cast(null as numeric)");
    }

    /** Only the rows also meeting {@code condition} are facts. */
    public Credited only(String condition) {
        return new Credited(
                kind,
                "(" + where + ") and (" + condition + ")",
                uscc,
                reference,
                day,
                until,
                authority,
                summary,
                amount);
    }

    /** The rows meeting {@code condition} are facts, whatever their link (a kind whose records name their enterprise). */
    public Credited where(String condition) {
        return new Credited(kind, condition, uscc, reference, day, until, authority, summary, amount);
    }

    /** The enterprise is {@code expression}'s rather than {@code enterprise_uscc}'s. */
    public Credited uscc(String expression) {
        return new Credited(kind, where, expression, reference, day, until, authority, summary, amount);
    }

    public Credited until(String expression) {
        return new Credited(kind, where, uscc, reference, day, expression, authority, summary, amount);
    }

    public Credited by(String authorityExpression) {
        return new Credited(kind, where, uscc, reference, day, until, authorityExpression, summary, amount);
    }

    public Credited amount(String expression) {
        return new Credited(kind, where, uscc, reference, day, until, authority, summary, expression);
    }
}
