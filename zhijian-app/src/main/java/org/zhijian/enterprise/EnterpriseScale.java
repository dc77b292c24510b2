package org.zhijian.enterprise;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Enterprise size class (大型/中型/小型/微型), stored by its one-character label. */
public enum EnterpriseScale {
    LARGE("大"),
    MEDIUM("中"),
    SMALL("小"),
    MICRO("微");

    private final String label;

    EnterpriseScale(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts {@code 大} or {@code 大型}. */
    public static Optional<EnterpriseScale> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace("型", "").replace("企业", "");
        return Arrays.stream(values()).filter(s -> s.label.equals(t)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(EnterpriseScale::label).toList();
    }
}
