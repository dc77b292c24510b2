package org.zhijian.indicator;

import java.util.List;
import java.util.Optional;

/**
 * The yearly assessment of the prefectures: the province sets the scheme and records the inputs; scores, ranking and
 * every sheet's explanation follow. Audited.
 *
 * <p>Failures: {@code INDICATOR_002} an invalid scheme or input, {@code INDICATOR_004} a scheme that exists.
 */
public interface Assessments {

    AssessmentResult createScheme(int year, List<AssessmentItem> items);

    /** Records a prefecture's input for an item (a share of tasks done, a count of incidents or awards). */
    AssessmentResult recordInput(int year, String prefecture, String itemCode, double value, String note);

    Optional<AssessmentResult> result(int year);

    /** Opens the appeal window until the given day (province). */
    AssessmentResult openAppeals(int year, java.time.LocalDate until);

    /** A prefecture's officer contests an item of its own sheet while the window is open. */
    Appeal appeal(int year, String prefecture, String itemCode, String reason);

    /**
     * The province decides: accepted with the item's corrected input (the scores follow), or rejected; with a reason.
     */
    Appeal decide(long appealId, boolean accept, Double newValue, String decision);

    List<Appeal> appeals(int year);
}
