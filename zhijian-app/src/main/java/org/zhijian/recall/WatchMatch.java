package org.zhijian.recall;

import java.time.LocalDate;

/**
 * A foreign recall of a Chinese-made product matched to a registered enterprise, for follow-up.
 *
 * @param matchedName the firm name in the notice that matched
 * @param status {@code NEW}, {@code FOLLOWING} (an officer follows it up) or {@code DISMISSED} (not this enterprise)
 */
public record WatchMatch(
        long recallId,
        RecallSource source,
        String reference,
        LocalDate recalledOn,
        String product,
        String hazard,
        String matchedName,
        String enterpriseUscc,
        String enterpriseName,
        double score,
        String status) {}
