package org.zhijian.region;

import java.util.Locale;
import java.util.Optional;

/** The three levels of the region tree. */
public enum RegionLevel {
    PROVINCE("省"),
    PREFECTURE("市州"),
    COUNTY("县市区");

    private final String label;

    RegionLevel(String label) {
        this.label = label;
    }

    /** Chinese label. */
    public String label() {
        return label;
    }

    /** The lower-case name used in files and URLs ({@code prefecture}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RegionLevel> fromKey(String key) {
        for (RegionLevel level : values()) {
            if (level.key().equals(key)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
