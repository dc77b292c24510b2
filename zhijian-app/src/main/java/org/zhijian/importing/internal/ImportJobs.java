package org.zhijian.importing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/** The {@code import_job} table. Every write is its own transaction, independent of the import's. */
@Repository
class ImportJobs {

    /** Advisory-lock class id held by a running import's session; lets others see that it is alive. */
    static final int RUNNING_LOCK_CLASS = 7401;

    private static final String COLUMNS = """
            id, kind, file_name, status, total_bytes, read_bytes, rows_read, rows_inserted, rows_updated,
            rows_unchanged, rows_rejected, message, report_path, created_at, finished_at""";

    private static final String OWNED = "(cast(? as text) is null or requested_by = ?)";

    private final JdbcClient jdbc;
    private final ImportKinds kinds;

    ImportJobs(JdbcClient jdbc, ImportKinds kinds) {
        this.jdbc = jdbc;
        this.kinds = kinds;
    }

    long create(String kind, String fileName, ImportOptions options, long totalBytes, String requestedBy) {
        return jdbc.sql("""
                insert into import_job (kind, file_name, status, valid_only, update_existing, total_bytes, requested_by)
                values (?, ?, 'QUEUED', ?, ?, ?, ?) returning id""")
                .params(kind, fileName, options.validOnly(), options.updateExisting(), totalBytes, requestedBy)
                .query(Long.class)
                .single();
    }

    void progress(long id, String status, long readBytes, long rowsRead, long rejected) {
        jdbc.sql("update import_job set status = ?, read_bytes = ?, rows_read = ?, rows_rejected = ? where id = ?")
                .params(status, readBytes, rowsRead, rejected, id)
                .update();
    }

    void finish(long id, Outcome outcome) {
        jdbc.sql("""
                update import_job set status = ?, rows_read = ?, rows_inserted = ?, rows_updated = ?,
                    rows_unchanged = ?, rows_rejected = ?, message = ?, report_path = ?, read_bytes = total_bytes,
                    finished_at = now()
                where id = ?""")
                .params(
                        outcome.status(),
                        outcome.rowsRead(),
                        outcome.inserted(),
                        outcome.updated(),
                        outcome.unchanged(),
                        outcome.rejected(),
                        outcome.message(),
                        outcome.reportPath(),
                        id)
                .update();
    }

    /** Records what a running job is doing now (shown on the job page). */
    void phase(long id, String message) {
        jdbc.sql("update import_job set message = ? where id = ? and status = 'RUNNING'")
                .params(message, id)
                .update();
    }

    Optional<ImportJob> find(long id) {
        return find(id, null);
    }

    /** A job, if {@code owner} is null (any owner) or requested it. */
    Optional<ImportJob> find(long id, String owner) {
        abandonDeadJobs();
        return jdbc.sql("select " + COLUMNS + " from import_job where id = ? and " + OWNED)
                .params(id, owner, owner)
                .query(this::map)
                .optional();
    }

    /** Jobs, newest first, of one owner or (owner null) of everyone. */
    PageResult<ImportJob> page(PageRequest request, String owner) {
        abandonDeadJobs();
        long total = jdbc.sql("select count(*) from import_job where " + OWNED)
                .params(owner, owner)
                .query(Long.class)
                .single();
        List<ImportJob> items = jdbc.sql(
                        "select " + COLUMNS + " from import_job where " + OWNED + " order by id desc limit ? offset ?")
                .params(owner, owner, request.size(), request.offset())
                .query(this::map)
                .list();
        return new PageResult<>(items, total, request.page(), request.size());
    }

    Optional<String> reportPath(long id) {
        return jdbc.sql("select report_path from import_job where id = ? and report_path is not null")
                .param(id)
                .query(String.class)
                .optional();
    }

    /**
     * Marks RUNNING jobs whose importing session is gone (process killed) as FAILED. A live import holds the
     * advisory lock {@code (7401, id)}; if we can take it, nobody holds it.
     */
    void abandonDeadJobs() {
        jdbc.sql("""
                update import_job set status = 'FAILED', finished_at = now(),
                    message = '导入进程意外中断，数据库未做任何修改，请重新导入'
                where status = 'RUNNING' and not exists (
                    select 1 from pg_locks l
                    where l.locktype = 'advisory' and l.classid::bigint = ? and l.objid::bigint = import_job.id
                        and l.granted)""").param(RUNNING_LOCK_CLASS).update();
    }

    private ImportJob map(ResultSet rs, int n) throws SQLException {
        long total = rs.getLong("total_bytes");
        boolean finished = rs.getObject("finished_at") != null;
        double progress = finished ? 1.0 : total > 0 ? Math.min(0.99, rs.getLong("read_bytes") / (double) total) : 0;
        return new ImportJob(
                rs.getLong("id"),
                rs.getString("kind"),
                kinds.label(rs.getString("kind")),
                rs.getString("file_name"),
                rs.getString("status"),
                progress,
                rs.getLong("rows_read"),
                rs.getLong("rows_inserted"),
                rs.getLong("rows_updated"),
                rs.getLong("rows_unchanged"),
                rs.getLong("rows_rejected"),
                rs.getString("message"),
                rs.getString("report_path") != null,
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }

    /** The end state of an import. */
    record Outcome(
            String status,
            long rowsRead,
            long inserted,
            long updated,
            long unchanged,
            long rejected,
            String message,
            String reportPath) {}
}
