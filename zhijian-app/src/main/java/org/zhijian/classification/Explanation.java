package org.zhijian.classification;

import java.util.List;

/**
 * How a description was classified, for an officer checking the dictionaries.
 *
 * @param words the words HanLP found, product first
 * @param categories every category with a term in the text, best first
 * @param hazards every hazard type with a term in the text, best first
 * @param suggestion the result
 */
public record Explanation(
        List<String> words, List<RankedLabel> categories, List<RankedLabel> hazards, Suggestion suggestion) {

    /** A label's score and terms. */
    public record RankedLabel(String code, String name, double score, List<String> terms) {}
}
