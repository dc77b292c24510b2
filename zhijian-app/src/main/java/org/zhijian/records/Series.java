package org.zhijian.records;

/**
 * A daily series a kind contributes to risk monitoring, counted per day, county and category in SQL over the
 * kind's table (which has {@code id, county_code, category_code}).
 *
 * @param code the series code, e.g. {@code COMPLAINT}
 * @param label its Chinese name
 * @param day the expression of the day counted
 * @param where the rows counted (the population, for a rate)
 * @param cases the expression counting cases
 * @param population the expression counting the population, {@code 0} when none
 * @param caseWhere the rows that are cases
 * @param reference the expression of a record's number, shown beside a count
 * @param title the expression of a record's title
 */
public record Series(
        String code,
        String label,
        String day,
        String where,
        String cases,
        String population,
        String caseWhere,
        String reference,
        String title) {

    /** Every row is a case, counted on {@code day}. */
    public static Series of(String code, String label, String day, String reference, String title) {
        return new Series(code, label, day, "true", "count(*)", "0", "true", reference, title);
    }

    /** Only the rows meeting {@code condition} are counted (and are cases). */
    public Series only(String condition) {
        return new Series(code, label, day, condition, cases, population, condition, reference, title);
    }

    /**
     * A rate: the rows meeting {@code populationWhere} are the population, those also meeting {@code caseCondition}
     * the cases.
     */
    public Series rate(String populationWhere, String caseCondition) {
        return new Series(
                code,
                label,
                day,
                populationWhere,
                "count(*) filter (where " + caseCondition + ")",
                "count(*)",
                caseCondition,
                reference,
                title);
    }

    public boolean hasPopulation() {
        return !"0".equals(population);
    }
}
