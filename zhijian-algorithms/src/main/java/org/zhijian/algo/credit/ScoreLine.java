package org.zhijian.algo.credit;

import java.util.List;

/**
 * One line of a score sheet: an indicator (or the base score), the facts behind it and its points.
 *
 * @param count how many facts counted
 * @param references the first {@value CreditScorer#REFERENCES_PER_LINE} of those facts' references
 */
public record ScoreLine(
        String indicator, String name, String dimension, int count, double points, List<String> references) {

    public ScoreLine {
        references = List.copyOf(references);
    }
}
