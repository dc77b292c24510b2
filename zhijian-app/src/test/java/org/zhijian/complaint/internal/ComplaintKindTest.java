package org.zhijian.complaint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhijian.records.RecordCheckFiles;

class ComplaintKindTest {

    @Test
    void checksEveryRowOfTheGoldenFileAsItExpects() {
        assertThat(RecordCheckFiles.verify(ComplaintKind.KIND)).isGreaterThan(5);
    }
}
