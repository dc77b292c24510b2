package org.zhijian.audit;

import java.time.LocalDate;

/**
 * Filters of the audit search; {@code null} or blank means any.
 *
 * @param actor username
 * @param action action (prefix match, e.g. {@code ENTERPRISE})
 * @param object object id
 * @param from first day
 * @param to last day
 */
public record AuditQuery(String actor, String action, String object, LocalDate from, LocalDate to) {}
