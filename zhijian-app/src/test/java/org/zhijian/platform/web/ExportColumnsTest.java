package org.zhijian.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExportColumnsTest {

    record Inner(String code) {}

    record Row(String no, LocalDate on, boolean urgent, Inner inner) {
        public String label() {
            return "第" + no + "号";
        }
    }

    @Test
    void readsEachDeclaredColumnByItsPathInOrder() {
        ExportColumns<Row> columns = ExportColumns.of(Row.class, "编号=no; 日期=on;急=urgent;代码=inner.code;名称=label");

        assertThat(columns.header()).containsExactly("编号", "日期", "急", "代码", "名称");
        assertThat(columns.row(new Row("7", LocalDate.of(2026, 1, 2), true, new Inner("A"))))
                .containsExactly("7", LocalDate.of(2026, 1, 2), "是", "A", "第7号");
        assertThat(columns.row(new Row("8", null, false, null))).containsExactly("8", null, "否", null, "第8号");
    }

    @Test
    void writesACodeAsItsMessageAndKeepsACodeWithoutOne() {
        var messages = java.util.Map.of("verdict.A", "合格");
        ExportColumns<Row> columns = ExportColumns.of(Row.class, "结论=inner.code@verdict;编号=no@verdict", messages::get);
        assertThat(columns.header()).containsExactly("结论", "编号");
        assertThat(columns.row(new Row("7", null, false, new Inner("A")))).containsExactly("合格", "7");
        assertThat(columns.row(new Row("7", null, false, new Inner("B")))).containsExactly("B", "7");
        assertThat(columns.row(new Row(null, null, false, null))).containsExactly(null, null);
    }

    @Test
    void refusesAnUnknownMethodOrAColumnWithoutAPath() {
        assertThatThrownBy(() -> ExportColumns.of(Row.class, "编号=number")).hasMessageContaining("number");
        assertThatThrownBy(() -> ExportColumns.of(Row.class, "编号")).hasMessageContaining("编号");
    }
}
