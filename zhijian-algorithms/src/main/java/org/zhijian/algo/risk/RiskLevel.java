package org.zhijian.algo.risk;

/** The four risk levels of the EU method, lowest first. */
public enum RiskLevel {
    LOW("低"),
    MEDIUM("中"),
    HIGH("高"),
    SERIOUS("严重");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RiskLevel parse(String text) {
        String t = text.strip();
        for (RiskLevel l : values()) {
            if (l.name().equalsIgnoreCase(t) || l.label.equals(t)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown risk level: " + text);
    }
}
