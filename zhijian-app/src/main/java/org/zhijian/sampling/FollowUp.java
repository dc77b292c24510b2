package org.zhijian.sampling;

import java.time.LocalDate;

/** Rectification (整改) ordered after a non-conforming verdict and its follow-up check (复查). */
public record FollowUp(
        LocalDate orderedOn,
        LocalDate rectificationDue,
        LocalDate recheckDue,
        LocalDate rectifiedOn,
        LocalDate recheckedOn,
        Boolean recheckPassed) {}
