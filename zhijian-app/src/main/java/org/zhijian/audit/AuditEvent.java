package org.zhijian.audit;

import java.time.OffsetDateTime;

/**
 * A recorded event.
 *
 * @param id sequence number
 * @param occurredAt when
 * @param actor who (username, {@code anonymous} or {@code system})
 * @param actorRole the actor's role then
 * @param address client address
 * @param action what
 * @param objectType kind of record
 * @param objectId record identifier
 * @param summary description
 * @param before JSON before
 * @param after JSON after
 */
public record AuditEvent(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        String actorRole,
        String address,
        String action,
        String objectType,
        String objectId,
        String summary,
        String before,
        String after) {}
