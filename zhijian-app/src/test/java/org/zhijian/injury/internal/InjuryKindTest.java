package org.zhijian.injury.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhijian.records.RecordCheckFiles;

class InjuryKindTest {

    @Test
    void checksEveryRowOfTheGoldenFileAsItExpects() {
        assertThat(RecordCheckFiles.verify(InjuryKind.KIND)).isGreaterThan(5);
    }
}
