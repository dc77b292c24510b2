package org.zhijian.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhijian.records.RecordCheckFiles;

class CaseKindTest {

    @Test
    void checksEveryRowOfTheGoldenFileAsItExpects() {
        assertThat(RecordCheckFiles.verify(CaseKind.KIND)).isGreaterThan(5);
    }
}
