package org.zhijian.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.zhijian.classification.ClassifiedAs;

/**
 * One stored record of a kind as its module reads it into its own type: its columns by name, typed, plus what the
 * engines keep beside the kind's fields (the county's name, the link to the registry and the classification).
 */
public interface StoredColumns {

    long id();

    String text(String column);

    LocalDate date(String column);

    OffsetDateTime timestamp(String column);

    BigDecimal decimal(String column);

    /** A whole number, {@code null} for none. */
    Long number(String column);

    /** A yes/no column; none counts as no. */
    boolean yes(String column);

    /** The record's county code ({@code county_code}). */
    default String county() {
        return text("county_code");
    }

    /** The name of the record's county, or its code when the code names no region. */
    String countyName();

    /** How far the record is linked to the registry ({@code LINKED, UNMATCHED…}). */
    default String linkStatus() {
        return text("link_status");
    }

    /** The registry enterprise the record is linked to, if any. */
    default String enterpriseUscc() {
        return text("enterprise_uscc");
    }

    /** The record's product category and hazard type and who chose them. */
    default ClassifiedAs classifiedAs() {
        return ClassifiedAs.stored(
                text("category_code"), text("category_source"), text("hazard_code"), text("hazard_source"));
    }
}
