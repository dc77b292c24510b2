package org.zhijian.platform;

/**
 * A problem with one cell or row of an input file.
 *
 * @param row 1-based row number in the file as the user sees it (the header is row 1)
 * @param column the column's header, or empty for a whole-row problem
 * @param value the offending value, or empty
 * @param message Chinese explanation
 */
public record RowError(long row, String column, String value, String message) {

    @Override
    public String toString() {
        return "第 " + row + " 行" + (column.isEmpty() ? "" : "，列“" + column + "”")
                + (value.isEmpty() ? "" : "，值“" + value + "”") + "：" + message;
    }
}
