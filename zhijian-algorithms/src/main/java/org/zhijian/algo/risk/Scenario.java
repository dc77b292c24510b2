package org.zhijian.algo.risk;

import java.util.List;

/**
 * An injury scenario: the steps from the hazard to the harm, each with its probability, the severity of the harm
 * (1–4) and whether it concerns vulnerable consumers (children, the elderly), which the assessor weighs in the step
 * probabilities.
 *
 * @param description what happens
 * @param steps the chain of steps
 * @param severity 1 first aid … 4 fatal or permanent severe harm
 * @param vulnerable whether the consumer is vulnerable
 */
public record Scenario(String description, List<Step> steps, int severity, boolean vulnerable) {

    /** One step and its probability, 0 < p ≤ 1. */
    public record Step(String description, double probability) {

        public Step {
            if (!(probability > 0 && probability <= 1)) {
                throw new IllegalArgumentException("a step's probability must be in (0, 1]: " + probability);
            }
        }
    }

    public Scenario {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one step");
        }
        if (severity < 1 || severity > 4) {
            throw new IllegalArgumentException("severity must be 1 to 4");
        }
    }

    /** The overall probability of the harm during the product's foreseeable lifetime: the product of the steps. */
    public double probability() {
        double p = 1;
        for (Step s : steps) {
            p *= s.probability();
        }
        return p;
    }
}
