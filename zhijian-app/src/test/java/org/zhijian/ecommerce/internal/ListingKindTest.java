package org.zhijian.ecommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhijian.records.RecordCheckFiles;

class ListingKindTest {

    @Test
    void checksEveryRowOfTheGoldenFileAsItExpects() {
        assertThat(RecordCheckFiles.verify(ListingKind.KIND)).isGreaterThan(5);
    }
}
