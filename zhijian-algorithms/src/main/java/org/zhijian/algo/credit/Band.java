package org.zhijian.algo.credit;

import java.util.Objects;

/**
 * The scores of one class: {@code from ≤ score < to}. The lowest class starts at {@link Double#NEGATIVE_INFINITY}
 * and the highest ends at {@link Double#POSITIVE_INFINITY}.
 */
public record Band(CreditClass creditClass, double from, double to) {

    public Band {
        Objects.requireNonNull(creditClass, "creditClass");
    }

    public boolean contains(double score) {
        return score >= from && score < to;
    }
}
