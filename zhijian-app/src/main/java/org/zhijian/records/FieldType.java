package org.zhijian.records;

/**
 * How a field's text is read and stored. Types that expand store more than one column: {@link #COUNTY} stores
 * {@code county_code} and {@code prefecture_code}, {@link #CATEGORY} {@code category_code} and
 * {@code category_source}, {@link #HAZARD} {@code hazard_code} and {@code hazard_source} (and, when the field is
 * lenient, its own text too).
 */
public enum FieldType {
    /** Free text, stripped; stored as {@code ''} when empty. */
    TEXT,
    /** One of the field's options (or what its mapping accepts). */
    CHOICE,
    /** A day: {@code 2026-05-08}, {@code 2026/5/8}, {@code 2026年5月8日}, an Excel serial day. */
    DATE,
    /** A moment: a day, or a day with {@code H:mm[:ss]}, read in China's time zone. */
    TIMESTAMP,
    /** A non-negative decimal number with at most the field's scale; {@code ,} {@code 元} {@code ¥} {@code +} are ignored. */
    DECIMAL,
    /** 是 or 否 (also Y/N, true/false); empty means 否. */
    YES_NO,
    /** An {@code http://} or {@code https://} link. */
    URL,
    /** A phone number: digits, an optional leading {@code +}; spaces and {@code -} are dropped. */
    PHONE,
    /** A unified social credit code (GB 32100), checked and normalised; {@code null} when empty. */
    USCC,
    /** A resident identity number (GB 11643), checked and normalised. */
    RESIDENT_ID,
    /** A county-level region code; stores the county and its prefecture. */
    COUNTY,
    /** A product category code; a given one is stored as chosen by a person ({@code OFFICER}). */
    CATEGORY,
    /** A hazard type by code or name; a given one is stored as chosen by a person. */
    HAZARD
}
