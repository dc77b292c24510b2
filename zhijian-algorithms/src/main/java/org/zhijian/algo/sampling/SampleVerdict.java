package org.zhijian.algo.sampling;

import java.util.List;

/**
 * The overall verdict of a sample from its item verdicts: conforming when every item conforms; non-conforming
 * when any item fails, of class A (serious, A类不合格) when any failed item is class A, otherwise class B; no
 * verdict while any item cannot be judged or no item was tested.
 */
public record SampleVerdict(Outcome outcome, FailureClass failureClass, int failedItems) {

    public enum Outcome {
        CONFORMING,
        NONCONFORMING,
        UNDECIDED
    }

    public enum FailureClass {
        A,
        B
    }

    /** One tested item: its verdict and its class. */
    public record Item(ItemVerdict verdict, FailureClass itemClass) {}

    public static SampleVerdict of(List<Item> items) {
        if (items.isEmpty() || items.stream().anyMatch(i -> i.verdict().outcome() == ItemVerdict.Outcome.INVALID)) {
            return new SampleVerdict(Outcome.UNDECIDED, null, 0);
        }
        List<Item> failed = items.stream()
                .filter(i -> i.verdict().outcome() == ItemVerdict.Outcome.FAIL)
                .toList();
        if (failed.isEmpty()) {
            return new SampleVerdict(Outcome.CONFORMING, null, 0);
        }
        boolean serious = failed.stream().anyMatch(i -> i.itemClass() == FailureClass.A);
        return new SampleVerdict(Outcome.NONCONFORMING, serious ? FailureClass.A : FailureClass.B, failed.size());
    }
}
