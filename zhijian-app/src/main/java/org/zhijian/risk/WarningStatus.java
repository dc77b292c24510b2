package org.zhijian.risk;

/** A warning's lifecycle: 待研判 → 已研判 (risk level) → 处置中 (measures) → 已办结. */
public enum WarningStatus {
    PENDING("待研判"),
    ASSESSED("已研判"),
    ACTING("处置中"),
    CLOSED("已办结");

    private final String label;

    WarningStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
