package org.zhijian.importing.internal;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zhijian.platform.InvalidFileException;
import org.zhijian.platform.RowError;

/** A CSV file in a detected encoding; comma- or tab-separated, detected from the header line. */
final class CsvSource implements SheetSource {

    private final Path file;
    private final Charset charset;
    private final boolean bom;
    private final AtomicLong consumed = new AtomicLong();

    CsvSource(Path file, Charset charset, boolean bom, long size) {
        this.file = file;
        this.charset = charset;
        this.bom = bom;
    }

    @Override
    public void read(RowSink sink) throws IOException {
        char delimiter = detectDelimiter();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        try (InputStream raw = new CountingStream(Files.newInputStream(file), consumed);
                BufferedReader reader = new BufferedReader(new InputStreamReader(raw, charset), 1 << 16)) {
            if (bom) {
                reader.skip(1);
            }
            CSVParser parser = format.parse(reader);
            boolean first = true;
            try {
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    if (first) {
                        sink.header(cells);
                        first = false;
                    } else {
                        sink.row(parser.getCurrentLineNumber(), cells);
                    }
                }
            } catch (java.io.UncheckedIOException e) {
                throw new InvalidFileException(
                        "CSV 格式错误（引号不匹配）",
                        List.of(new RowError(
                                parser.getCurrentLineNumber(),
                                "",
                                "",
                                "CSV 格式错误：" + e.getCause().getMessage())));
            }
        }
    }

    private char detectDelimiter() throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
            String line = reader.readLine();
            if (line != null && line.indexOf(',') < 0 && line.indexOf('\t') >= 0) {
                return '\t';
            }
            return ',';
        }
    }

    @Override
    public long bytesRead() {
        return consumed.get();
    }

    @Override
    public String description() {
        return "CSV（" + (charset.name().equals("UTF-8") ? (bom ? "UTF-8 BOM" : "UTF-8") : "GB18030") + "）";
    }

    private static final class CountingStream extends FilterInputStream {
        private final AtomicLong count;

        CountingStream(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
