package org.zhijian.sampling.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.zhijian.credit.DrawClasses;

/**
 * A draw's weight of each pool member from its credit-risk class and the plan's ratios, looked up on the credit
 * code's bytes as the pool is read (no string per member): the enterprises outside the common class are held in an
 * open-addressing table of their codes' bytes; every other member weighs the common class's ratio.
 */
final class ClassWeights {

    private final byte[][] keys;
    private final double[] weights;
    private final double common;
    private final int mask;

    ClassWeights(DrawClasses classes, Map<String, Double> ratios) {
        int size = Integer.highestOneBit(Math.max(16, classes.others().size() * 2)) << 1;
        this.keys = new byte[size][];
        this.weights = new double[size];
        this.mask = size - 1;
        this.common = ratios.get(classes.commonClass());
        classes.others().forEach((uscc, c) -> put(uscc.getBytes(StandardCharsets.UTF_8), ratios.get(c)));
    }

    /** The canonical text of the weighting, hashed with the pool: ratios, month and version of the classes. */
    static String rules(DrawClasses classes, Map<String, Double> ratios) {
        return "credit-class-weights=" + ClassRatios.text(ratios) + ";classes=" + classes.month() + "/"
                + classes.schemeVersion();
    }

    private void put(byte[] key, double weight) {
        int i = hash(key, 0, key.length) & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        weights[i] = weight;
    }

    double weight(byte[] utf8, int from, int to) {
        int i = hash(utf8, from, to) & mask;
        while (keys[i] != null) {
            if (Arrays.equals(keys[i], 0, keys[i].length, utf8, from, to)) {
                return weights[i];
            }
            i = (i + 1) & mask;
        }
        return common;
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0x811C9DC5;
        for (int k = from; k < to; k++) {
            h = (h ^ b[k]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
