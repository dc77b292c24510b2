package org.zhijian.algo.credit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A rule that sets a floor under the class whatever the score, e.g. "on the serious list ⇒ D" or "a penalty that
 * revoked a licence within 12 months ⇒ at least C".
 *
 * @param code stable code, e.g. {@code H-SERIOUS}
 * @param name the rule as the score sheet states it
 * @param kinds the fact kinds that trigger it
 * @param windowMonths how many months before the classification day count, 0 for any time
 * @param standing whether the fact must still stand on the day (a list entry not removed)
 * @param atLeast the least class the enterprise gets when the rule fires
 */
public record HardRule(
        String code, String name, List<String> kinds, int windowMonths, boolean standing, CreditClass atLeast) {

    public HardRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(atLeast, "atLeast");
        name = name == null ? code : name;
        kinds = List.copyOf(kinds);
    }

    /** Whether the fact triggers the rule on {@code asOf}. */
    public boolean firedBy(Fact f, LocalDate asOf) {
        return kinds.contains(f.kind()) && Indicator.within(f, asOf, windowMonths, standing);
    }
}
