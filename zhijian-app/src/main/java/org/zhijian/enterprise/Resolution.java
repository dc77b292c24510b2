package org.zhijian.enterprise;

/**
 * How a record's enterprise was found in the registry.
 *
 * @param status {@code LINKED} (by a credit code in the registry), {@code MATCHED} (by name: exactly one registrant
 *     scoring ≥ 0.9) or {@code UNRESOLVED} (for an officer to decide among the candidates)
 * @param uscc the enterprise's credit code, null when unresolved
 */
public record Resolution(String status, String uscc) {

    public static Resolution unresolved() {
        return new Resolution("UNRESOLVED", null);
    }
}
