package org.zhijian.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.XlsxTable;

/**
 * A list's XLSX download: every page of the list's query, in pages of {@link PageRequest#MAX_SIZE}, one row per
 * record, up to Excel's row limit, sent as {@code NAME.xlsx} (the sheet has the same name).
 */
public final class XlsxDownload {

    private XlsxDownload() {}

    /**
     * Sends the records {@code pages} gives as rows.
     *
     * @param pages one page of the list, as the list page queries it
     * @param row a record's cells, in {@code header} order
     */
    public static <T> void send(
            HttpServletResponse response,
            String name,
            List<String> header,
            Function<PageRequest, PageResult<T>> pages,
            Function<T, Object[]> row)
            throws IOException {
        start(response, name + ".xlsx");
        try (XlsxTable table = new XlsxTable(name, header)) {
            for (int p = 1; ; p++) {
                PageResult<T> found = pages.apply(PageRequest.of(p, PageRequest.MAX_SIZE));
                found.items().forEach(item -> table.add(row.apply(item)));
                if (p >= found.pages() || table.rows() >= XlsxTable.MAX_ROWS - PageRequest.MAX_SIZE) {
                    break;
                }
            }
            table.write(response.getOutputStream());
        }
    }

    /** Sends the records {@code pages} gives as rows of the declared columns. */
    public static <T> void send(
            HttpServletResponse response,
            String name,
            ExportColumns<T> columns,
            Function<PageRequest, PageResult<T>> pages)
            throws IOException {
        send(response, name, columns.header(), pages, columns::row);
    }

    /** Sets the XLSX content type and the attachment's file name (UTF-8, for Chinese names). */
    public static void start(HttpServletResponse response, String fileName) {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
    }
}
