package org.zhijian.algo.identifier;

import java.util.List;

/**
 * Citizen identity number 公民身份号码 (GB 11643-1999): 17 digits (address code, birth date, sequence) and a check
 * character; the old 15-digit numbers (before 1999) have no check character and are accepted by length and digits.
 *
 * <p>Check character: {@code S = Σ a_i·w_i} with weights {@code 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2};
 * the check is {@code "10X98765432".charAt(S mod 11)}. Worked example (the standard's): {@code 11010519491231002X}.
 *
 * <p>Edge cases: blank input is {@link IdentifierProblem#EMPTY}; a lower-case {@code x} and full-width digits are
 * normalised first. The birth date is not checked against the calendar.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECKS = "10X98765432";

    private ResidentIdNumber() {}

    public static Verdict check(String raw) {
        String id = Normalizer.normalize(raw);
        if (id.isEmpty()) {
            return Verdict.invalid(id, Verdict.Finding.of(IdentifierProblem.EMPTY));
        }
        if (id.length() != 18 && id.length() != 15) {
            return Verdict.invalid(id, Verdict.Finding.of(IdentifierProblem.WRONG_LENGTH, 18, id.length()));
        }
        int digits = id.length() == 18 ? 17 : 15;
        for (int i = 0; i < digits; i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return Verdict.invalid(
                        id, Verdict.Finding.of(IdentifierProblem.ILLEGAL_CHARACTER, i + 1, id.charAt(i)));
            }
        }
        if (digits == 15) {
            return new Verdict(id, List.of(), List.of());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        char expected = CHECKS.charAt(sum % 11);
        return expected == id.charAt(17)
                ? new Verdict(id, List.of(), List.of())
                : Verdict.invalid(
                        id, Verdict.Finding.of(IdentifierProblem.CHECK_CHARACTER_MISMATCH, expected, id.charAt(17)));
    }

    /** {@code 430102199001011234} → {@code 430102********1234}: enough to tell records apart, not to identify. */
    public static String masked(String id) {
        if (id == null || id.length() < 8) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }
}
