package org.zhijian.indicator;

import java.util.List;
import org.zhijian.algo.scoring.AssessmentScoring;

/** A year's assessment: the scheme and each prefecture's score sheet, ranked. */
public record AssessmentResult(
        int year, List<AssessmentItem> items, List<Ranked> sheets, java.time.LocalDate appealUntil) {

    public AssessmentResult {
        items = List.copyOf(items);
        sheets = List.copyOf(sheets);
    }

    /** A prefecture's sheet with its name. */
    public record Ranked(String prefectureCode, String prefectureName, AssessmentScoring.Sheet sheet) {}
}
