package org.zhijian.classification;

/**
 * A hazard type (危害类型), after the EU Safety Gate risk types; {@code NONE} marks a quality or service problem
 * without a safety hazard.
 *
 * @param code stable code, e.g. {@code FIRE}
 * @param name Chinese name
 * @param nameEn English name
 */
public record HazardType(String code, String name, String nameEn) {

    public static final String NONE = "NONE";
}
