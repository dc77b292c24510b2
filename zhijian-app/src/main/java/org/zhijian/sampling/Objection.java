package org.zhijian.sampling;

import java.time.LocalDate;

/** A request for a re-test (复检申请) and the decision on it. Status FILED, ACCEPTED or REJECTED. */
public record Objection(
        long id,
        LocalDate filedOn,
        String filedBy,
        String reason,
        String status,
        String decidedBy,
        LocalDate decidedOn,
        String decisionNote) {}
