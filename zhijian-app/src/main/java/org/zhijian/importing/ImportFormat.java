package org.zhijian.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * A native file format an {@link ImportKind} also accepts, such as the JSON an foreign authority's API returns.
 * The format turns each record of the file into a row keyed by the kind's column keys; the rows then go through
 * the kind's validation, staging and merge like rows of a template file (same error report, same idempotence).
 */
public interface ImportFormat {

    /** The kind's key, e.g. {@code recalls}. */
    String kind();

    /** The format's key in URLs and the CLI, e.g. {@code openfda}. */
    String key();

    /** Chinese name shown in the import page, e.g. {@code openFDA 召回 JSON}. */
    String label();

    /**
     * Reads the file's records in order.
     *
     * @param in the file
     * @param rows receives each record as values by column key; the record's number (from 1) is its row number in
     *     error reports
     * @throws IOException when the file cannot be read as this format (reported to the user with its message)
     */
    void read(InputStream in, RecordSink rows) throws IOException;

    /** Receives the records of a file. */
    @FunctionalInterface
    interface RecordSink {
        void record(long number, Map<String, String> values);
    }
}
