package org.zhijian.algo.text;

import java.util.List;

/**
 * A label's score for one text and the terms found for it, in the order they occur.
 *
 * @param label the label
 * @param score the sum of its matched terms' weights times their alignment factors
 * @param terms the matched terms
 */
public record LabelScore(String label, double score, List<String> terms) {

    public LabelScore {
        terms = List.copyOf(terms);
    }
}
