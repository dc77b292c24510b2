package org.zhijian.algo.credit;

/**
 * The four credit-risk classes of the SAMR general model (K1): A low, B ordinary, C higher, D high risk. The order
 * of the constants is the order of risk.
 */
public enum CreditClass {
    A,
    B,
    C,
    D;

    /** The riskier of two classes. */
    public CreditClass atLeast(CreditClass other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
