package org.zhijian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void prefixesTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(CsvCell.safe("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(CsvCell.safe("+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(CsvCell.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCell.safe("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(CsvCell.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCell.safe("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void leavesOrdinaryTextAndPlainNumbersAlone() {
        assertThat(CsvCell.safe("长沙市芙蓉区")).isEqualTo("长沙市芙蓉区");
        assertThat(CsvCell.safe("a=b")).isEqualTo("a=b");
        assertThat(CsvCell.safe("-1.5")).isEqualTo("-1.5");
        assertThat(CsvCell.safe("+3e-4")).isEqualTo("+3e-4");
        assertThat(CsvCell.safe("-Inf")).isEqualTo("-Inf");
        assertThat(CsvCell.safe(-7)).isEqualTo("-7");
        assertThat(CsvCell.safe("")).isEmpty();
        assertThat(CsvCell.safe((Object) null)).isNull();
        assertThat(CsvCell.safe(List.of("=1", "2"))).containsExactly("'=1", "2");
    }
}
