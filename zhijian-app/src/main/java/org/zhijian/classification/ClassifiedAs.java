package org.zhijian.classification;

/**
 * The product category and hazard type a record (a complaint, an injury) was given, and whether the keyword
 * classifier chose them ({@code auto}) or a person did (the source file, the request, an officer).
 *
 * @param categoryCode the category, {@code null} when none was given or found
 * @param categoryAuto whether the classifier chose the category
 * @param hazardCode the hazard type, {@code null} until classified
 * @param hazardAuto whether the classifier chose the hazard type
 */
public record ClassifiedAs(String categoryCode, boolean categoryAuto, String hazardCode, boolean hazardAuto) {

    /** From the stored columns: a source of {@code AUTO} means the classifier chose. */
    public static ClassifiedAs stored(String category, String categorySource, String hazard, String hazardSource) {
        return new ClassifiedAs(category, "AUTO".equals(categorySource), hazard, "AUTO".equals(hazardSource));
    }
}
