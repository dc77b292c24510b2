package org.zhijian.audit;

/**
 * Something to record. The actor and address are taken from the current actor.
 *
 * @param action what happened, e.g. {@code ENTERPRISE_UPDATE}, {@code SIGN_IN_FAILED}
 * @param objectType the kind of record, e.g. {@code enterprise}, may be {@code null}
 * @param objectId the record's identifier, may be {@code null}
 * @param summary a short Chinese description
 * @param before the values before a change (serialised as JSON), {@code null} for none
 * @param after the values after a change, {@code null} for none
 */
public record AuditEntry(
        String action, String objectType, String objectId, String summary, Object before, Object after) {

    public static AuditEntry of(String action, String objectType, String objectId, String summary) {
        return new AuditEntry(action, objectType, objectId, summary, null, null);
    }
}
