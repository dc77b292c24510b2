package org.zhijian.importing.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Streams staged rows into the staging table with PostgreSQL {@code COPY … FROM STDIN (FORMAT csv)}. */
final class StagingWriter implements AutoCloseable {

    private static final int FLUSH_BYTES = 1 << 18;

    private final CopyIn copy;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES + 4096);
    private final StringBuilder line = new StringBuilder(512);
    private long rows;

    StagingWriter(Connection connection, String table, List<String> columns) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        this.copy = pg.getCopyAPI()
                .copyIn("copy " + table + " (line_no, " + String.join(", ", columns) + ") from stdin (format csv)");
    }

    void write(long lineNo, String[] values) throws SQLException {
        line.setLength(0);
        line.append(lineNo);
        for (String v : values) {
            line.append(',');
            if (v != null) {
                line.append('"');
                for (int i = 0; i < v.length(); i++) {
                    char c = v.charAt(i);
                    if (c == '"') {
                        line.append('"');
                    }
                    line.append(c);
                }
                line.append('"');
            }
        }
        line.append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(bytes, 0, bytes.length);
        rows++;
        if (buffer.size() >= FLUSH_BYTES) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        if (buffer.size() > 0) {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            buffer.reset();
        }
    }

    /** Sends the remaining rows and ends the COPY. */
    void finish() throws SQLException {
        flush();
        copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
