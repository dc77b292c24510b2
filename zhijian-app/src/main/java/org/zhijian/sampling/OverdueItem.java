package org.zhijian.sampling;

import java.time.LocalDate;

/** Something overdue on a sampling record: rectification, follow-up check or publication. */
public record OverdueItem(
        long recordId, String sampleNo, String enterpriseUscc, String countyCode, String what, LocalDate due) {}
