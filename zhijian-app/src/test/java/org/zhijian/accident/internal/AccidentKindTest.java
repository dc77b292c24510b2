package org.zhijian.accident.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhijian.records.RecordCheckFiles;

class AccidentKindTest {

    @Test
    void checksEveryRowOfTheGoldenFileAsItExpects() {
        assertThat(RecordCheckFiles.verify(AccidentKind.KIND)).isEqualTo(5);
    }

    @Test
    void hasTheGenericPagesAndItsOwnSeries() {
        assertThat(AccidentKind.KIND.hasOwnPages()).isFalse();
        assertThat(AccidentKind.KIND.page()).isEqualTo("/records/accidents/");
        assertThat(AccidentKind.KIND.series())
                .singleElement()
                .satisfies(s -> assertThat(s.code()).isEqualTo("ACCIDENT"));
    }
}
