package org.zhijian.algo.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class IdentifierProperties {

    @Property
    void everyComposedCreditCodeIsValid(@ForAll("creditCodes") String code) {
        assertThat(UnifiedSocialCreditCode.check(code).isValid()).isTrue();
    }

    @Property
    void everySingleCharacterChangeOfACreditCodeIsCaught(
            @ForAll("creditCodes") String code,
            @ForAll @IntRange(min = 0, max = 17) int position,
            @ForAll @IntRange(min = 1, max = 30) int shift) {
        char original = code.charAt(position);
        char replacement = UnifiedSocialCreditCode.ALPHABET.charAt(
                (UnifiedSocialCreditCode.ALPHABET.indexOf(original) + shift) % 31);
        String changed = code.substring(0, position) + replacement + code.substring(position + 1);

        assertThat(UnifiedSocialCreditCode.check(changed).isValid()).isFalse();
    }

    @Property
    void everyRegistrationNumberWithItsCheckDigitIsValid(
            @ForAll @StringLength(14) @CharRange(from = '0', to = '9') String digits) {
        String number = digits + RegistrationNumber.checkDigit(digits);

        assertThat(RegistrationNumber.check(number).isValid()).isTrue();
    }

    @Property
    void everySingleDigitChangeOfARegistrationNumberIsCaught(
            @ForAll @StringLength(14) @CharRange(from = '0', to = '9') String digits,
            @ForAll @IntRange(min = 0, max = 14) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String number = digits + RegistrationNumber.checkDigit(digits);
        char replacement = (char) ('0' + (number.charAt(position) - '0' + shift) % 10);
        String changed = number.substring(0, position) + replacement + number.substring(position + 1);

        assertThat(RegistrationNumber.check(changed).isValid()).isFalse();
    }

    @Property
    void everyOrganisationCodeWithItsCheckCharacterIsValid(@ForAll("organizationBodies") String body) {
        assertThat(OrganizationCode.check(body + OrganizationCode.checkCharacter(body))
                        .isValid())
                .isTrue();
    }

    @Provide
    Arbitrary<String> creditCodes() {
        Arbitrary<String> region = Arbitraries.strings().numeric().ofLength(6);
        return Combinators.combine(region, organizationBodies())
                .as((r, body) -> UnifiedSocialCreditCode.compose('9', '1', r, body));
    }

    @Provide
    Arbitrary<String> organizationBodies() {
        return Arbitraries.strings()
                .withChars(UnifiedSocialCreditCode.ALPHABET.toCharArray())
                .ofLength(8);
    }
}
