package org.zhijian.enterprise;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Registration status, stored by its Chinese label. */
public enum EnterpriseStatus {
    ACTIVE("存续"),
    CANCELLED("注销"),
    REVOKED("吊销");

    private final String label;

    EnterpriseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the label; {@code 在业} and {@code 开业} are read as 存续. */
    public static Optional<EnterpriseStatus> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.equals("在业") || t.equals("开业") || t.startsWith("存续")) {
            return Optional.of(ACTIVE);
        }
        return Arrays.stream(values()).filter(s -> t.startsWith(s.label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(EnterpriseStatus::label).toList();
    }
}
