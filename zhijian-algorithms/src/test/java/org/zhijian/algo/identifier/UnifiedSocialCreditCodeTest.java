package org.zhijian.algo.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91310110666007217T",
                "91440101MA5C44W11J",
                "91330201MA282UF146",
                "91330401MA28ADM67R",
                "914403001922038216",
                "9144030071526726XG",
                "91520000214434146R",
                "91310115591693856A",
                "91431381748373560G",
                "91430100329512159P"
            })
    void acceptsPublishedRealCodes(String code) {
        Verdict verdict = UnifiedSocialCreditCode.check(code);

        assertThat(verdict.isValid()).as(verdict.reason()).isTrue();
        assertThat(verdict.warnings()).isEmpty();
    }

    @Test
    void computesTheWorkedExampleCheckCharacter() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91430100329512159")).isEqualTo('P');
    }

    @Test
    void rejectsAlteredCheckCharacterWithExpectedValue() {
        Verdict verdict = UnifiedSocialCreditCode.check("914403001922038217");

        assertThat(verdict.isValid()).isFalse();
        assertThat(verdict.errors().get(0).problem()).isEqualTo(IdentifierProblem.CHECK_CHARACTER_MISMATCH);
        assertThat(verdict.reason()).contains("应为“6”");
    }

    @Test
    void rejectsGarbledCodeFromPublicRepository() {
        assertThat(UnifiedSocialCreditCode.check("91430009722592271H").reason()).contains("应为“K”");
    }

    @Test
    void rejectsLetterOutsideCharacterSet() {
        Verdict verdict = UnifiedSocialCreditCode.check("9143010O329512159P");

        assertThat(verdict.errors().get(0).problem()).isEqualTo(IdentifierProblem.ILLEGAL_CHARACTER);
        assertThat(verdict.reason()).contains("第 8 位").contains("O");
    }

    @Test
    void rejectsPilotEraCodeThatFailsTheChecksum() {
        assertThat(UnifiedSocialCreditCode.check("91350100M0001TGQXM").reason()).contains("应为“1”");
    }

    @Test
    void rejectsWrongLengthAndEmptyInput() {
        assertThat(UnifiedSocialCreditCode.check("9143").errors().get(0).problem())
                .isEqualTo(IdentifierProblem.WRONG_LENGTH);
        assertThat(UnifiedSocialCreditCode.check("  ").errors().get(0).problem())
                .isEqualTo(IdentifierProblem.EMPTY);
        assertThat(UnifiedSocialCreditCode.check(null).errors().get(0).problem())
                .isEqualTo(IdentifierProblem.EMPTY);
    }

    @Test
    void rejectsLettersInTheRegionSegment() {
        assertThat(UnifiedSocialCreditCode.check("9143A100329512159P")
                        .errors()
                        .get(0)
                        .problem())
                .isEqualTo(IdentifierProblem.REGION_NOT_DIGITS);
    }

    @Test
    void normalisesFullWidthAndLowerCaseInput() {
        Verdict verdict = UnifiedSocialCreditCode.check(" ９１４３０１００３２９５１２１５９ｐ ");

        assertThat(verdict.isValid()).isTrue();
        assertThat(verdict.normalized()).isEqualTo("91430100329512159P");
    }

    @Test
    void warnsAboutUnknownDepartmentWithoutRejecting() {
        String code = UnifiedSocialCreditCode.compose('9', '9', "430102", "MA4L0001");

        Verdict verdict = UnifiedSocialCreditCode.check(code);

        assertThat(verdict.isValid()).isTrue();
        assertThat(verdict.warnings())
                .extracting(Verdict.Finding::problem)
                .containsExactly(IdentifierProblem.UNKNOWN_DEPARTMENT);
    }

    @Test
    void composesCodesThatCarryTheRegion() {
        String code = UnifiedSocialCreditCode.compose('9', '1', "430102", "MA4L0001");

        assertThat(code).hasSize(18).startsWith("91430102MA4L0001");
        assertThat(UnifiedSocialCreditCode.check(code).isValid()).isTrue();
    }

    @Test
    void refusesToComputeCheckCharacterOfMalformedInput() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("9143"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
