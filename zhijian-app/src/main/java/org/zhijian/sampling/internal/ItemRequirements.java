package org.zhijian.sampling.internal;

import org.zhijian.algo.sampling.Requirement;
import org.zhijian.sampling.ItemSpec;

/** Turns stored item specifications into the algorithm's requirements. */
final class ItemRequirements {

    private ItemRequirements() {}

    static Requirement of(ItemSpec spec) {
        return new Requirement(
                Requirement.Kind.valueOf(spec.requirementKind()), spec.lower(), spec.upper(), spec.requiredText());
    }
}
