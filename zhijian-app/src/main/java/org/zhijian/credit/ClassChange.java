package org.zhijian.credit;

import java.time.YearMonth;

/** A class change: {@code fromClass} is {@code null} for a first class. */
public record ClassChange(YearMonth month, String schemeVersion, String fromClass, String toClass) {}
