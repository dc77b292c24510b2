package org.zhijian.algo.text;

import java.util.Objects;

/**
 * One dictionary entry: a term that speaks for a label.
 *
 * @param label what the term points to (a category or hazard code)
 * @param term the word or phrase, at least one character
 * @param weight how strongly it points there, greater than 0
 */
public record Keyword(String label, String term, double weight) {

    public Keyword {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(term, "term");
        if (term.isBlank()) {
            throw new IllegalArgumentException("empty term for " + label);
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be positive: " + weight);
        }
    }
}
