package org.zhijian.credit;

import java.math.BigDecimal;
import java.util.List;

/**
 * A score-sheet line: an indicator (or {@code BASE}), how many facts counted, their references and the points.
 */
public record SheetLine(
        String indicator, String name, String dimension, int count, BigDecimal points, List<String> references) {

    public SheetLine {
        references = List.copyOf(references);
    }
}
