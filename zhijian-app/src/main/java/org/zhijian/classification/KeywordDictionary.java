package org.zhijian.classification;

import java.util.Locale;
import java.util.Optional;

/** The two keyword dictionaries descriptions are classified with. */
public enum KeywordDictionary {
    /** Terms that name a product category. */
    CATEGORY("产品分类"),
    /** Terms that name a hazard type. */
    HAZARD("危害类型");

    private final String label;

    KeywordDictionary(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<KeywordDictionary> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (KeywordDictionary d : values()) {
            if (d.name().equals(text.strip().toUpperCase(Locale.ROOT)) || d.label.equals(text.strip())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
