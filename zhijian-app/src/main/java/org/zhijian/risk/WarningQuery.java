package org.zhijian.risk;

/**
 * Filters of the warning list; blank means any.
 *
 * @param queue {@code mine}: warnings the reader's level must act on now and referrals awaiting their reply;
 *     otherwise every warning within the reader's area
 * @param status a {@link WarningStatus} name, or {@code OPEN} for every status but CLOSED
 * @param overdue only warnings past their due time
 */
public record WarningQuery(String queue, String status, String level, String region, String source, Boolean overdue) {

    public WarningQuery {
        overdue = Boolean.TRUE.equals(overdue);
    }
}
