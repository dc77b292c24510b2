package org.zhijian.classification;

import java.util.List;

/**
 * What the keyword dictionaries suggest for a description.
 *
 * @param categoryCode the best product category, {@code null} when no term reached the minimum score
 * @param categoryScore its score
 * @param categoryTerms the terms that spoke for it
 * @param hazardCode the best hazard type, {@link HazardType#NONE} when no hazard term reached the minimum score
 * @param hazardScore its score
 * @param hazardTerms the terms that spoke for it
 */
public record Suggestion(
        String categoryCode,
        double categoryScore,
        List<String> categoryTerms,
        String hazardCode,
        double hazardScore,
        List<String> hazardTerms) {

    public Suggestion {
        categoryTerms = List.copyOf(categoryTerms);
        hazardTerms = List.copyOf(hazardTerms);
    }
}
