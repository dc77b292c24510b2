package org.zhijian.algo.identifier;

import java.util.ArrayList;
import java.util.List;

/**
 * Organisation code 组织机构代码 (GB 11714-1997): 8 body characters {@code 0-9A-Z} and one check character,
 * printed {@code XXXXXXXX-X}.
 *
 * <p>Check character: {@code S = Σ v(c_i)·w_i} with weights {@code 3,7,9,10,5,8,4,2} and letter values
 * {@code A=10 … Z=35}; {@code C9 = 11 − (S mod 11)}; 10 → {@code X}, 11 → {@code 0}, otherwise the digit.
 * Worked example: body {@code 32951215} gives S = 189, 189 mod 11 = 2, check {@code 9}.
 *
 * <p>Edge cases: {@code null} or blank input is {@link IdentifierProblem#EMPTY}; the hyphen before the check
 * character is optional; lower-case and full-width input is normalised first.
 */
public final class OrganizationCode {

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private OrganizationCode() {}

    /** Checks a 9-character organisation code (with or without the hyphen). */
    public static Verdict check(String raw) {
        String code = Normalizer.normalize(raw).replace("-", "");
        if (code.isEmpty()) {
            return Verdict.invalid(code, Verdict.Finding.of(IdentifierProblem.EMPTY));
        }
        if (code.length() != 9) {
            return Verdict.invalid(code, Verdict.Finding.of(IdentifierProblem.WRONG_LENGTH, 9, code.length()));
        }
        List<Verdict.Finding> errors = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            if (value(code.charAt(i)) < 0) {
                errors.add(Verdict.Finding.of(IdentifierProblem.ILLEGAL_CHARACTER, i + 1, code.charAt(i)));
                return new Verdict(code, errors, List.of());
            }
        }
        char last = code.charAt(8);
        if (!Character.isDigit(last) && last != 'X') {
            return Verdict.invalid(code, Verdict.Finding.of(IdentifierProblem.ILLEGAL_CHARACTER, 9, last));
        }
        char expected = checkCharacter(code.substring(0, 8));
        if (expected != last) {
            errors.add(Verdict.Finding.of(IdentifierProblem.CHECK_CHARACTER_MISMATCH, expected, last));
        }
        return new Verdict(code, errors, List.of());
    }

    /**
     * Computes the check character for an 8-character body.
     *
     * @throws IllegalArgumentException when the body is not 8 characters of {@code 0-9A-Z}
     */
    public static char checkCharacter(String body) {
        if (body == null || body.length() != 8) {
            throw new IllegalArgumentException("body must have 8 characters: " + body);
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int v = value(body.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("illegal character in body: " + body);
            }
            sum += v * WEIGHTS[i];
        }
        int c = 11 - (sum % 11);
        if (c == 10) {
            return 'X';
        }
        return c == 11 ? '0' : (char) ('0' + c);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
