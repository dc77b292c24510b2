package org.zhijian.records;

import java.util.List;
import java.util.Optional;

/** The reference data a record's check needs: regions, product categories and hazard types. */
public interface Lookups {

    /** A county-level region: its code and its prefecture's code. */
    record County(String code, String prefectureCode) {}

    /** The county with this code, when the code names a county-level region. */
    Optional<County> county(String code);

    /** Whether the product classification has this category code. */
    boolean categoryExists(String code);

    /** The hazard type's code named by code or name. */
    Optional<String> hazardCode(String codeOrName);

    /** Every hazard type's name, in order. */
    List<String> hazardNames();
}
