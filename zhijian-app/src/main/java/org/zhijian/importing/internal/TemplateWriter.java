package org.zhijian.importing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhijian.importing.ImportColumn;
import org.zhijian.importing.ImportKind;

/**
 * Writes the XLSX template of a record kind: Chinese headers (required ones marked {@code *}) with a hint
 * comment, text format for every column so that codes keep their digits, drop-down lists for columns with
 * fixed values (kept on a hidden sheet) and one example row.
 */
final class TemplateWriter {

    private static final int TEMPLATE_ROWS = 10_000;

    private final ImportKind kind;

    TemplateWriter(ImportKind kind) {
        this.kind = kind;
    }

    void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(kind.label());
            Sheet lists = workbook.createSheet("选项");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            List<ImportColumn> columns = kind.columns();
            writeHeader(workbook, sheet, columns);
            Row example = sheet.createRow(1);
            for (int i = 0; i < columns.size(); i++) {
                ImportColumn column = columns.get(i);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, Math.max(12, column.header().length() * 3 + 4) * 256);
                var cell = example.createCell(i);
                cell.setCellStyle(text);
                cell.setCellValue(column.example());
                if (!column.options().isEmpty()) {
                    addDropDown(sheet, lists, i, column.options());
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            workbook.write(out);
        }
    }

    private static void writeHeader(XSSFWorkbook workbook, Sheet sheet, List<ImportColumn> columns) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            ImportColumn column = columns.get(i);
            var cell = header.createCell(i);
            cell.setCellValue(column.templateHeader());
            cell.setCellStyle(style);
            if (!column.hint().isEmpty()) {
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                anchor.setCol1(i);
                anchor.setCol2(i + 3);
                anchor.setRow1(0);
                anchor.setRow2(4);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(workbook.getCreationHelper().createRichTextString(column.hint()));
                cell.setCellComment(comment);
            }
        }
    }

    private static void addDropDown(Sheet sheet, Sheet lists, int column, List<String> options) {
        for (int r = 0; r < options.size(); r++) {
            Row row = lists.getRow(r) == null ? lists.createRow(r) : lists.getRow(r);
            row.createCell(column).setCellValue(options.get(r));
        }
        String letter = CellReference.convertNumToColString(column);
        String range = "'选项'!$" + letter + "$1:$" + letter + "$" + options.size();
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createFormulaListConstraint(range), new CellRangeAddressList(1, TEMPLATE_ROWS, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox("输入无效", "请从下拉列表中选择");
        sheet.addValidationData(validation);
    }
}
