package org.zhijian.classification;

import java.time.OffsetDateTime;

/**
 * One term of a keyword dictionary.
 *
 * @param id identifier
 * @param dictionary category or hazard dictionary
 * @param label the category or hazard code the term speaks for
 * @param term the word or phrase
 * @param weight how strongly it speaks for the label
 * @param seeded whether it came with the product (an officer may still remove it)
 * @param createdBy who added it
 * @param createdAt when
 */
public record KeywordEntry(
        long id,
        KeywordDictionary dictionary,
        String label,
        String term,
        double weight,
        boolean seeded,
        String createdBy,
        OffsetDateTime createdAt) {}
