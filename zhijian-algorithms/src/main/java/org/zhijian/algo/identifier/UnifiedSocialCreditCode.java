package org.zhijian.algo.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Unified social credit code 统一社会信用代码 (GB 32100-2015), 18 characters: registration-authority department
 * (1), organisation category (1), region code of the registering authority (6, GB/T 2260), subject identifier
 * = GB 11714 organisation code (9), check character (1).
 *
 * <p>Character set: {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (31 characters; I, O, Z, S, V are excluded); a
 * character's value is its index in that string. Check character: weights {@code W_i = 3^(i−1) mod 31} for
 * positions 1–17, {@code S = Σ v(c_i)·W_i}, {@code C18 = (31 − S mod 31) mod 31}. Worked example
 * {@code 91430100329512159P}: S = 1031, 1031 mod 31 = 8, 31 − 8 = 23 → {@code P}.
 *
 * <p>Hard errors: empty, length ≠ 18, a character outside the set, a non-digit in positions 3–8, a wrong check
 * character. Warnings only (the rules are indirect, see the spec): an unknown department/category pair and a
 * wrong GB 11714 check character in positions 9–17. Region codes are not checked here: codes are lifelong
 * and may name divisions that no longer exist, so that check belongs to the caller with its historical list.
 */
public final class UnifiedSocialCreditCode {

    /** The 31 legal characters in value order. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Department code (position 1) to allowed category codes (position 2), per the CODS list [I]. */
    public static final Map<Character, Set<Character>> DEFAULT_DEPARTMENTS = Map.ofEntries(
            Map.entry('1', Set.of('1', '2', '3', '9')),
            Map.entry('2', Set.of('1', '9')),
            Map.entry('3', Set.of('1', '2', '3', '4', '5', '9')),
            Map.entry('4', Set.of('1', '9')),
            Map.entry('5', Set.of('1', '2', '3', '9')),
            Map.entry('6', Set.of('1', '2', '9')),
            Map.entry('7', Set.of('1', '2', '9')),
            Map.entry('8', Set.of('1', '9')),
            Map.entry('9', Set.of('1', '2', '3')),
            Map.entry('A', Set.of('1', '9')),
            Map.entry('N', Set.of('1', '2', '3', '9')),
            Map.entry('Y', Set.of('1')));

    private UnifiedSocialCreditCode() {}

    /** Checks a code against the default department table. */
    public static Verdict check(String raw) {
        return check(raw, DEFAULT_DEPARTMENTS);
    }

    /**
     * Checks a code.
     *
     * @param raw the code as typed (trimmed, full-width and lower-case input accepted)
     * @param departments allowed department → category pairs; an unknown pair is a warning
     */
    public static Verdict check(String raw, Map<Character, Set<Character>> departments) {
        Objects.requireNonNull(departments, "departments");
        String code = Normalizer.normalize(raw);
        Verdict.Finding structural = structuralProblem(code);
        if (structural != null) {
            return Verdict.invalid(code, structural);
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (expected != code.charAt(17)) {
            return Verdict.invalid(
                    code, Verdict.Finding.of(IdentifierProblem.CHECK_CHARACTER_MISMATCH, expected, code.charAt(17)));
        }
        return new Verdict(code, List.of(), warnings(code, departments));
    }

    /**
     * Computes the check character for the first 17 characters.
     *
     * @throws IllegalArgumentException when the input is not 17 characters of {@link #ALPHABET}
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 characters: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("illegal character at " + (i + 1) + ": " + first17);
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static Verdict.Finding structuralProblem(String code) {
        if (code.isEmpty()) {
            return Verdict.Finding.of(IdentifierProblem.EMPTY);
        }
        if (code.length() != 18) {
            return Verdict.Finding.of(IdentifierProblem.WRONG_LENGTH, 18, code.length());
        }
        for (int i = 0; i < 18; i++) {
            char c = code.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return Verdict.Finding.of(IdentifierProblem.ILLEGAL_CHARACTER, i + 1, String.valueOf(c));
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Verdict.Finding.of(IdentifierProblem.REGION_NOT_DIGITS);
            }
        }
        return null;
    }

    private static List<Verdict.Finding> warnings(String code, Map<Character, Set<Character>> departments) {
        List<Verdict.Finding> warnings = new ArrayList<>();
        Set<Character> categories = departments.get(code.charAt(0));
        if (categories == null || !categories.contains(code.charAt(1))) {
            warnings.add(Verdict.Finding.of(IdentifierProblem.UNKNOWN_DEPARTMENT, code.charAt(0), code.charAt(1)));
        }
        String body = code.substring(8, 16);
        char orgCheck = OrganizationCode.checkCharacter(body);
        if (orgCheck != code.charAt(16)) {
            warnings.add(Verdict.Finding.of(IdentifierProblem.ORGANIZATION_CODE_MISMATCH, orgCheck, code.charAt(16)));
        }
        return warnings;
    }

    /**
     * Builds a valid market-entity code from its parts, computing both check characters.
     *
     * @param department position 1, e.g. {@code '9'}
     * @param category position 2, e.g. {@code '1'}
     * @param region six digits, e.g. {@code "430102"}
     * @param organizationBody eight characters of {@link #ALPHABET} (the organisation code without its check)
     * @return the 18-character code
     * @throws IllegalArgumentException when a part is malformed, or the organisation check character is not in
     *     the alphabet (it can only be a digit or X, which both are)
     */
    public static String compose(char department, char category, String region, String organizationBody) {
        if (region == null || !region.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("region must be 6 digits: " + region);
        }
        if (organizationBody == null || organizationBody.length() != 8) {
            throw new IllegalArgumentException("organization body must have 8 characters: " + organizationBody);
        }
        String first17 = "" + department + category + region + organizationBody
                + OrganizationCode.checkCharacter(organizationBody);
        return first17 + checkCharacter(first17);
    }
}
