package org.zhijian.algo.detection;

/** Farrington's rule that no week alarms unless the last weeks, the current one included, hold enough cases. */
final class Limit54 {

    private Limit54() {}

    /** Σ y[k−weeks+1..k] ≥ cases (1-based k); false when a count in the window is missing. */
    static boolean enough(double[] y, int k, int cases, int weeks) {
        double sum = 0;
        for (int i = Math.max(1, k - weeks + 1); i <= k; i++) {
            sum += y[i - 1];
        }
        return sum >= cases;
    }
}
