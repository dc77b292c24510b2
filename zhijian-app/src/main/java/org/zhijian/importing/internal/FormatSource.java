package org.zhijian.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhijian.importing.ImportColumn;
import org.zhijian.importing.ImportFormat;
import org.zhijian.importing.ImportKind;

/** A file in a kind's native format, read as rows of the kind's columns (the header is the column keys). */
final class FormatSource implements SheetSource {

    private final ImportFormat format;
    private final List<ImportColumn> columns;
    private final Path file;
    private long bytesRead;

    FormatSource(ImportFormat format, ImportKind kind, Path file) {
        this.format = format;
        this.columns = kind.columns();
        this.file = file;
    }

    @Override
    public void read(RowSink sink) throws IOException {
        sink.header(columns.stream().map(ImportColumn::key).toList());
        try (InputStream in = Files.newInputStream(file)) {
            format.read(new CountingStream(in), (number, values) -> {
                List<String> cells = new ArrayList<>(columns.size());
                columns.forEach(c -> cells.add(values.getOrDefault(c.key(), "")));
                sink.row(number, cells);
            });
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw FileSniffer.refuse("文件不是有效的" + format.label() + "：" + e.getMessage());
        }
    }

    @Override
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public String description() {
        return format.label();
    }

    private final class CountingStream extends java.io.FilterInputStream {
        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            bytesRead += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            bytesRead += Math.max(n, 0);
            return n;
        }
    }
}
