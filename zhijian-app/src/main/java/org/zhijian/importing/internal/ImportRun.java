package org.zhijian.importing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.zhijian.importing.ImportColumn;
import org.zhijian.importing.ImportKind;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.RowError;

/**
 * One import inside one database transaction: stage every valid row with {@code COPY}, find duplicates and
 * conflicts in SQL, then merge or roll back. Nothing is visible to others before the commit, so a crash at
 * any point leaves the database as it was.
 */
final class ImportRun {

    private final Connection connection;
    private final ImportKind kind;
    private final ImportOptions options;
    private final ErrorReport report;

    ImportRun(Connection connection, ImportKind kind, ImportOptions options, ErrorReport report) {
        this.connection = connection;
        this.kind = kind;
        this.options = options;
        this.report = report;
    }

    void prepare(long jobId) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("select pg_advisory_lock(" + ImportJobs.RUNNING_LOCK_CLASS + ", " + jobId + ")");
            connection.setAutoCommit(false);
            st.execute(
                    "select pg_advisory_xact_lock(7402, hashtext('" + kind.key().replace("'", "") + "'))");
            st.execute("create temp table import_staging (line_no bigint not null, "
                    + "rejected boolean not null default false, unchanged boolean not null default false, "
                    + "reason text, " + String.join(", ", kind.stagingColumns()) + ") on commit drop");
        }
    }

    StagingWriter stagingWriter() throws SQLException {
        List<String> names = kind.stagingColumns().stream()
                .map(c -> c.strip().split("\\s+")[0])
                .toList();
        return new StagingWriter(connection, "import_staging", names);
    }

    /** Rejects later copies of a key that occurs more than once in the file. */
    void markDuplicates() throws SQLException {
        String key = kind.keyColumn();
        try (Statement st = connection.createStatement()) {
            st.execute("create index on import_staging (" + key + ")");
            st.execute("analyze import_staging");
            st.executeUpdate("update import_staging s set rejected = true, reason = '与文件第 ' || f.first_line || ' 行重复' "
                    + "from (select " + key + " as k, min(line_no) as first_line from import_staging group by " + key
                    + " having count(*) > 1) f where s." + key + " = f.k and s.line_no > f.first_line");
        }
        kind.markConflicts(connection, options.updateExisting());
    }

    /** Writes the rows rejected in SQL to the report; returns how many there were. */
    long reportStagedRejections() throws SQLException {
        String key = kind.keyColumn();
        String header = kind.columns().stream()
                .filter(c -> c.key().equals(key))
                .map(ImportColumn::header)
                .findFirst()
                .orElse(key);
        long n = 0;
        connection.setAutoCommit(false);
        try (PreparedStatement ps = connection.prepareStatement(
                "select line_no, " + key + ", reason from import_staging where rejected order by line_no")) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    report.add(new RowError(rs.getLong(1), header, rs.getString(2), rs.getString(3)));
                    n++;
                }
            }
        }
        return n;
    }

    long countUnchanged() throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs =
                        st.executeQuery("select count(*) from import_staging where unchanged and not rejected")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    ImportKind.MergeCounts merge() throws SQLException {
        return kind.merge(connection);
    }

    void commit() throws SQLException {
        connection.commit();
    }

    void rollback() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is closed next; PostgreSQL discards an unfinished transaction anyway
        }
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (Exception ignored) {
            // best effort on the failure path
        }
    }
}
