package org.zhijian.algo.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    @Test
    void acceptsTheStandardsExampleAndFindsAWrongCheckCharacter() {
        assertThat(ResidentIdNumber.check("11010519491231002X").isValid()).isTrue();
        assertThat(ResidentIdNumber.check("11010519491231002x").isValid()).isTrue();
        assertThat(ResidentIdNumber.check("110105194912310021").reason()).contains("应为“X”");
        assertThat(ResidentIdNumber.check("430102900101123").isValid())
                .as("old 15-digit number")
                .isTrue();
        assertThat(ResidentIdNumber.check("4301021990").reason()).contains("长度");
        assertThat(ResidentIdNumber.check("").isValid()).isFalse();
    }

    @Test
    void masksAllButTheRegionAndTheLastFour() {
        assertThat(ResidentIdNumber.masked("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(ResidentIdNumber.masked(null)).isNull();
    }
}
