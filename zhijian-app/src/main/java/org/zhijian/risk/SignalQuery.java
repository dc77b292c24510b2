package org.zhijian.risk;

/**
 * Filters of the signal list; blank means any.
 *
 * @param week an ISO week, e.g. {@code 2026-W47}
 * @param region a prefecture or county code (its signals and those of its counties)
 * @param open only signals that have no warning yet and are not covered by a narrower one
 */
public record SignalQuery(String week, String source, String region, String category, Boolean open) {

    public SignalQuery {
        open = Boolean.TRUE.equals(open);
    }
}
