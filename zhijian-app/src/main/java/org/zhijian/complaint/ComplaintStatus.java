package org.zhijian.complaint;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Handling states of a complaint: 登记 → 受理 → 调解 or 转办 → 办结 (a complaint not taken up may close at once). */
public enum ComplaintStatus {
    REGISTERED("登记"),
    ACCEPTED("受理"),
    MEDIATING("调解"),
    TRANSFERRED("转办"),
    CLOSED("办结");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The states a complaint may move to from this one. */
    public List<ComplaintStatus> next() {
        return switch (this) {
            case REGISTERED -> List.of(ACCEPTED, CLOSED);
            case ACCEPTED -> List.of(MEDIATING, TRANSFERRED, CLOSED);
            case MEDIATING, TRANSFERRED -> List.of(CLOSED);
            case CLOSED -> List.of();
        };
    }

    /** By code ({@code ACCEPTED}) or label ({@code 受理}). */
    public static Optional<ComplaintStatus> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(s -> s.name().equalsIgnoreCase(t) || s.label.equals(t))
                .findFirst();
    }
}
