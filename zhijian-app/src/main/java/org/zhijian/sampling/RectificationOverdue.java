package org.zhijian.sampling;

import java.time.LocalDate;

/** Rectification or the follow-up check of a non-conforming sample passed its deadline undone. */
public record RectificationOverdue(
        long recordId, String sampleNo, String enterpriseUscc, String countyCode, String what, LocalDate due) {}
