package org.zhijian.sampling;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where a sampling record stands after its verdict: notification, deadlines, objections, follow-up, publication.
 *
 * @param publishable the verdict is final (objection period over, no open objection) and not yet published
 */
public record SampleStatus(
        long recordId,
        String verdict,
        LocalDate notifiedOn,
        List<Deadline> deadlines,
        List<Objection> objections,
        FollowUp followUp,
        boolean publishable,
        OffsetDateTime publishedAt) {}
