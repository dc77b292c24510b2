package org.zhijian.recall;

import java.util.Arrays;
import java.util.Optional;

/** Where a recall record comes from. */
public enum RecallSource {
    DOMESTIC("国内"),
    OPENFDA("openFDA"),
    RASFF("RASFF"),
    CPSC("CPSC"),
    FOREIGN("其他国外");

    private final String label;

    RecallSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code ({@code OPENFDA}, case-insensitive) or label ({@code 国内}). */
    public static Optional<RecallSource> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(s -> s.name().equalsIgnoreCase(t) || s.label.equalsIgnoreCase(t))
                .findFirst();
    }
}
