package org.zhijian.platform;

import java.time.LocalDate;

/**
 * How many records of one kind fell on one day in one county and product category: the unit from which the risk
 * module builds its weekly and monthly series.
 *
 * @param day the record's day (received, occurred, decided, removed, recalled)
 * @param countyCode the county, empty when the record has none (a foreign recall)
 * @param categoryCode the product category, empty when not classified
 * @param cases the records counted
 * @param population the denominator when the series is a rate (samples decided), else 0
 */
public record DailyCount(LocalDate day, String countyCode, String categoryCode, int cases, int population) {

    public DailyCount {
        countyCode = countyCode == null ? "" : countyCode;
        categoryCode = categoryCode == null ? "" : categoryCode;
    }
}
