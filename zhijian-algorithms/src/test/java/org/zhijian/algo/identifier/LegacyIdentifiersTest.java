package org.zhijian.algo.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyIdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"520000000005018", "440122000118787", "371100200006586"})
    void acceptsPublishedRegistrationNumbers(String number) {
        assertThat(RegistrationNumber.check(number).isValid()).isTrue();
    }

    @Test
    void rejectsRegistrationNumbersWithWrongCheckDigit() {
        assertThat(RegistrationNumber.check("440301104001819").reason()).contains("应为“3”");
        assertThat(RegistrationNumber.check("330108000014576").reason()).contains("应为“2”");
    }

    @Test
    void rejectsRegistrationNumberWithLetter() {
        assertThat(RegistrationNumber.check("52000000000501A").errors().get(0).problem())
                .isEqualTo(IdentifierProblem.ILLEGAL_CHARACTER);
    }

    @Test
    void computesWorkedExampleOfOrganisationCode() {
        assertThat(OrganizationCode.checkCharacter("32951215")).isEqualTo('9');
        assertThat(OrganizationCode.checkCharacter("MA5C44W1")).isEqualTo('1');
    }

    @Test
    void acceptsOrganisationCodeWithOrWithoutHyphen() {
        assertThat(OrganizationCode.check("32951215-9").isValid()).isTrue();
        assertThat(OrganizationCode.check("329512159").isValid()).isTrue();
        assertThat(OrganizationCode.check("329512158").reason()).contains("应为“9”");
    }

    @Test
    void rejectsOrganisationCodeOfWrongLength() {
        assertThat(OrganizationCode.check("3295121").errors().get(0).problem())
                .isEqualTo(IdentifierProblem.WRONG_LENGTH);
    }
}
