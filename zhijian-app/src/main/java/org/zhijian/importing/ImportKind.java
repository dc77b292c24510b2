package org.zhijian.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.zhijian.platform.RowError;

/**
 * A record kind that can be imported from files. The importing module reads the file, asks the kind to
 * validate each row into staging values, bulk-loads them into a temporary staging table and then asks the
 * kind to merge the staged rows into its own tables, all in one transaction.
 */
public interface ImportKind {

    /** The key used in URLs and the CLI, e.g. {@code enterprises}. */
    String key();

    /** Chinese name, e.g. {@code 企业名录}. */
    String label();

    /** The file's columns, in template order. */
    List<ImportColumn> columns();

    /** The staging columns after {@code line_no}, e.g. {@code uscc text, name text}; all are filled by {@link #stage}. */
    List<String> stagingColumns();

    /** The staging column that identifies a record (duplicates inside a file are found on it). */
    String keyColumn();

    /**
     * Validates one row.
     *
     * @param row the row
     * @param errors receives each problem found in the row
     * @return the staging values in {@link #stagingColumns()} order (nulls allowed), or {@code null} when the row
     *     is invalid
     */
    String[] stage(ImportRow row, Consumer<RowError> errors);

    /**
     * Marks staged rows that conflict with stored records: sets {@code rejected = true, reason = '…'} on rows
     * that exist with different values when {@code updateExisting} is false, and {@code unchanged = true} on
     * rows identical to the stored record. Runs inside the import's transaction on the staging table
     * {@code import_staging}.
     */
    void markConflicts(Connection connection, boolean updateExisting) throws SQLException;

    /**
     * Writes the staged rows that are neither rejected nor unchanged into the kind's tables.
     *
     * @return how many rows were inserted and updated
     */
    MergeCounts merge(Connection connection) throws SQLException;

    /**
     * Rows added and changed by a merge.
     *
     * @param inserted new records
     * @param updated changed records
     */
    record MergeCounts(long inserted, long updated) {}
}
