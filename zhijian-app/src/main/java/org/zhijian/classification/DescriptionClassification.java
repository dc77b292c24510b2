package org.zhijian.classification;

import java.util.List;
import java.util.Optional;

/**
 * Classifies complaint and injury descriptions into product categories and hazard types: HanLP segments the text,
 * then weighted keyword dictionaries, which officers extend, vote.
 */
public interface DescriptionClassification {

    /** The suggestion for a product name (may be empty) and a description; product terms count double. */
    Suggestion suggest(String product, String description);

    /** The suggestion with the words and the full rankings behind it. */
    Explanation explain(String product, String description);

    List<HazardType> hazardTypes();

    Optional<HazardType> findHazard(String codeOrName);

    /** The terms of a dictionary, optionally of one label, by label then term. */
    List<KeywordEntry> keywords(KeywordDictionary dictionary, String label);

    /**
     * Adds a term, audited; publishes {@link KeywordsChanged}.
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code CLASSIFICATION_004} for an unknown label,
     *     {@code CLASSIFICATION_005} for a bad term or weight, {@code CLASSIFICATION_006} when the label has the term
     */
    KeywordEntry addKeyword(NewKeyword keyword);

    /**
     * Removes a term, audited; publishes {@link KeywordsChanged}.
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code CLASSIFICATION_007} when there is no such term
     */
    void removeKeyword(long id);
}
