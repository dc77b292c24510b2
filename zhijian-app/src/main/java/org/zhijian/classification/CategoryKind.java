package org.zhijian.classification;

import java.util.Locale;
import java.util.Optional;

/** Which pass-rate indicator samples of a product category count toward. */
public enum CategoryKind {
    INDUSTRIAL("工业产品"),
    CONSUMER("消费品"),
    FOOD("食品"),
    AGRICULTURAL("农产品"),
    DRUG("药品"),
    DEVICE("医疗器械"),
    COSMETIC("化妆品");

    private final String label;

    CategoryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CategoryKind> fromKey(String key) {
        for (CategoryKind k : values()) {
            if (k.key().equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
