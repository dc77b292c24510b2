package org.zhijian.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A one-sheet XLSX table written as rows arrive (SXSSF keeps 200 rows in memory): a bold, frozen header row and
 * then values — numbers as numbers, dates and times as text in ISO form, {@code null} as an empty cell. Rows beyond
 * Excel's limit are refused; text beyond a cell's 32,767 characters is cut with a note. Use: {@code try (XlsxTable t = new XlsxTable("账户", header)) { t.add(...); t.write(out); }}
 */
public final class XlsxTable implements AutoCloseable {

    /** Excel's row limit less the header. */
    public static final int MAX_ROWS = 1_048_575;

    /** Excel's limit on the characters in one cell. */
    static final int MAX_CELL = 32_767;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final int columns;
    private int next = 1;

    public XlsxTable(String sheetName, List<String> header) {
        this.sheet = workbook.createSheet(sheetName);
        this.columns = header.size();
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            row.createCell(i).setCellValue(header.get(i));
            row.getCell(i).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Adds one row; values beyond the header's width are refused. */
    public void add(Object... values) {
        if (values.length > columns) {
            throw new IllegalArgumentException("row has " + values.length + " values for " + columns + " columns");
        }
        if (next > MAX_ROWS) {
            throw new IllegalStateException("more than " + MAX_ROWS + " rows");
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Number number && !(value instanceof java.math.BigInteger)) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(fitted(text(value)));
            }
        }
    }

    /** Rows added so far, without the header. */
    public long rows() {
        return next - 1L;
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException ignored) {
            // temporary files are gone after dispose
        }
    }

    /** Excel holds at most 32,767 characters in a cell; longer text is cut and says so. */
    static String fitted(String text) {
        if (text.length() <= MAX_CELL) {
            return text;
        }
        String note = "…（已截断，全文 " + text.length() + " 字）";
        int cut = MAX_CELL - note.length();
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + note;
    }

    private static String text(Object value) {
        if (value instanceof OffsetDateTime time) {
            return TIME.format(time.atZoneSameInstant(java.time.ZoneId.systemDefault()));
        }
        if (value instanceof java.time.Instant instant) {
            return TIME.format(instant.atZone(java.time.ZoneId.systemDefault()));
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return String.valueOf(value);
    }
}
