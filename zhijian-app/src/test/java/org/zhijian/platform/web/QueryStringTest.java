package org.zhijian.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void keepsTheOrderAndEncodesEachValue() {
        assertThat(QueryString.of("q", "电热 水壶&x", "status", "CLOSED"))
                .isEqualTo("q=%E7%94%B5%E7%83%AD+%E6%B0%B4%E5%A3%B6%26x&status=CLOSED");
    }

    @Test
    void writesAMissingValueAsEmpty() {
        assertThat(QueryString.of("q", null, "severity", 3, "open", false)).isEqualTo("q=&severity=3&open=false");
    }

    @Test
    void refusesANameWithoutAValue() {
        assertThatThrownBy(() -> QueryString.of("q")).isInstanceOf(IllegalArgumentException.class);
    }

    record Filter(String q, Integer severity, String region) {}

    @Test
    void takesAQueryRecordsComponentsInTheirOrder() {
        assertThat(QueryString.of(new Filter("水壶", 3, null))).isEqualTo("q=%E6%B0%B4%E5%A3%B6&severity=3&region=");
    }
}
