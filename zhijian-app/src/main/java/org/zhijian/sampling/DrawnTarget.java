package org.zhijian.sampling;

import java.util.List;

/** A target a draw selected, with its assigned inspectors (user names). */
public record DrawnTarget(
        int ordinal,
        String uscc,
        String enterpriseName,
        String stratum,
        String countyCode,
        String countyName,
        List<String> inspectors) {}
