package org.zhijian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTableTest {

    @Test
    void cutsTextLongerThanAnExcelCellAndSaysSo() throws Exception {
        String longText = "检".repeat(40_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxTable table = new XlsxTable("表", List.of("说明"))) {
            table.add(longText);
            table.write(out);
        }

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            String cell = book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
            assertThat(cell).hasSize(XlsxTable.MAX_CELL).endsWith("…（已截断，全文 40000 字）");
        }
    }

    @Test
    void neverSplitsASurrogatePair() {
        for (int k = 0; k < 40; k++) {
            String text = "a".repeat(XlsxTable.MAX_CELL - k) + "😀".repeat(30);

            String fitted = XlsxTable.fitted(text);

            assertThat(fitted.length()).isLessThanOrEqualTo(XlsxTable.MAX_CELL);
            assertThat(Character.isHighSurrogate(fitted.charAt(fitted.indexOf('…') - 1)))
                    .as("offset %d", k)
                    .isFalse();
        }
    }
}
