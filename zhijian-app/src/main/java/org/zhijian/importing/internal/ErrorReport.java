package org.zhijian.importing.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.zhijian.platform.CsvCell;
import org.zhijian.platform.RowError;

/** The error report of an import: a CSV (UTF-8 with BOM, so that Excel and WPS open it) of row, column, value, message. */
final class ErrorReport implements Closeable {

    private final Path file;
    private final CSVPrinter printer;
    private long count;

    ErrorReport(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.getParent());
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = CSVFormat.DEFAULT
                .builder()
                .setHeader("行号", "列", "值", "错误说明")
                .get()
                .print(writer);
    }

    void add(RowError error) {
        try {
            printer.printRecord(
                    error.row(),
                    CsvCell.safe(error.column()),
                    CsvCell.safe(error.value()),
                    CsvCell.safe(error.message()));
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count() {
        return count;
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
