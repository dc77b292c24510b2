package org.zhijian.credit;

import java.time.YearMonth;
import java.util.Map;

/** Enterprises per class ({@code A}–{@code D}, each present) of a month under a scheme version. */
public record ClassCounts(YearMonth month, String schemeVersion, Map<String, Long> counts, long total) {}
