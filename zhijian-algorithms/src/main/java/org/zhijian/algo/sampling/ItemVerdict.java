package org.zhijian.algo.sampling;

/** The verdict on one inspection item: conforming, non-conforming, or a value that cannot be judged. */
public record ItemVerdict(Outcome outcome, String reason) {

    public enum Outcome {
        PASS,
        FAIL,
        INVALID
    }

    static ItemVerdict pass() {
        return new ItemVerdict(Outcome.PASS, "");
    }

    static ItemVerdict fail(String reason) {
        return new ItemVerdict(Outcome.FAIL, reason);
    }

    static ItemVerdict invalid(String reason) {
        return new ItemVerdict(Outcome.INVALID, reason);
    }
}
