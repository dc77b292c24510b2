package org.zhijian.credit.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhijian.platform.CsvText;

/**
 * The rows of a small table file by header: CSV (UTF-8, with or without BOM, or GB18030) or the first sheet of an
 * XLSX workbook. The first row is the header; row {@code i} of the result is line {@code i + 2} of the file.
 */
final class SheetRows {

    private SheetRows() {}

    /** Thrown when the file cannot be read as a table at all. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    static List<Map<String, String>> read(String fileName, byte[] content) {
        return (fileName == null ? "" : fileName).toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? xlsx(content)
                : csv(content);
    }

    private static List<Map<String, String>> csv(byte[] content) {
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get()
                .parse(new StringReader(CsvText.decode(content)))) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(r.toMap());
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new Unreadable("无法读取 CSV：" + e.getMessage());
        }
    }

    private static List<Map<String, String>> xlsx(byte[] content) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<String> header = new ArrayList<>();
            sheet.getRow(sheet.getFirstRowNum())
                    .forEach(c -> header.add(format.formatCellValue(c).strip()));
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    values.put(
                            header.get(c),
                            row == null
                                    ? ""
                                    : format.formatCellValue(row.getCell(c)).strip());
                }
                rows.add(values);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("无法读取 XLSX 工作簿：" + e.getMessage());
        }
    }
}
