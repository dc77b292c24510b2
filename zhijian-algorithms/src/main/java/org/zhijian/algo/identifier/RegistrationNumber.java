package org.zhijian.algo.identifier;

import java.util.List;

/**
 * Legacy 15-digit business registration number 工商注册号 (GS 15-2006): 6-digit region code of the first
 * registering authority, 8-digit sequence, 1 check digit computed with GB/T 17710 MOD 11,10.
 *
 * <p>MOD 11,10: {@code p = 10}; for each digit {@code a}: {@code s = (p mod 11) + a}, {@code r = s mod 10}
 * ({@code 0 → 10}), {@code p = 2r}; the check digit is {@code (11 − (p mod 11)) mod 10}. Worked example:
 * {@code 52000000000501} gives check digit {@code 8}.
 *
 * <p>Edge cases: blank input is {@link IdentifierProblem#EMPTY}; any non-digit is rejected with its position.
 */
public final class RegistrationNumber {

    private RegistrationNumber() {}

    /** Checks a 15-digit registration number. */
    public static Verdict check(String raw) {
        String code = Normalizer.normalize(raw);
        if (code.isEmpty()) {
            return Verdict.invalid(code, Verdict.Finding.of(IdentifierProblem.EMPTY));
        }
        if (code.length() != 15) {
            return Verdict.invalid(code, Verdict.Finding.of(IdentifierProblem.WRONG_LENGTH, 15, code.length()));
        }
        for (int i = 0; i < 15; i++) {
            if (!isAsciiDigit(code.charAt(i))) {
                return Verdict.invalid(
                        code, Verdict.Finding.of(IdentifierProblem.ILLEGAL_CHARACTER, i + 1, code.charAt(i)));
            }
        }
        char expected = checkDigit(code.substring(0, 14));
        if (expected != code.charAt(14)) {
            return Verdict.invalid(
                    code, Verdict.Finding.of(IdentifierProblem.CHECK_CHARACTER_MISMATCH, expected, code.charAt(14)));
        }
        return new Verdict(code, List.of(), List.of());
    }

    /**
     * Computes the MOD 11,10 check digit of 14 digits.
     *
     * @throws IllegalArgumentException when the input is not 14 ASCII digits
     */
    public static char checkDigit(String fourteenDigits) {
        if (fourteenDigits == null || fourteenDigits.length() != 14) {
            throw new IllegalArgumentException("expected 14 digits: " + fourteenDigits);
        }
        int p = 10;
        for (int i = 0; i < 14; i++) {
            char c = fourteenDigits.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("expected 14 digits: " + fourteenDigits);
            }
            int r = ((p % 11) + (c - '0')) % 10;
            p = (r == 0 ? 10 : r) * 2;
        }
        return (char) ('0' + (11 - (p % 11)) % 10);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
