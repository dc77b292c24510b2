package org.zhijian.credit;

import java.util.Map;

/** Enterprises per class in one region or industry ({@code code}, {@code name}). */
public record RegionClasses(String code, String name, Map<String, Long> counts, long total) {

    /** The share of C and D, 0 when there is no enterprise. */
    public double riskShare() {
        return total == 0 ? 0 : (counts.getOrDefault("C", 0L) + counts.getOrDefault("D", 0L)) / (double) total;
    }
}
