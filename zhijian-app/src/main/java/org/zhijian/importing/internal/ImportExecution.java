package org.zhijian.importing.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportKind;
import org.zhijian.importing.ImportOptions;
import org.zhijian.importing.ImportRow;
import org.zhijian.importing.RecordsImported;
import org.zhijian.platform.InvalidFileException;

/** Runs one import job from file to committed (or rolled back) transaction and records its outcome. */
final class ImportExecution {

    private static final Logger log = LoggerFactory.getLogger(ImportExecution.class);

    private final long id;
    private final ImportKind kind;
    private final org.zhijian.importing.ImportFormat format;
    private final ImportOptions options;
    private final ImportJobs jobs;
    private final DataSource dataSource;
    private final Path reportFile;
    private final Consumer<ImportJob> progress;
    private final ApplicationEventPublisher events;
    /** Whether the rows and the job's outcome have committed together (the outcome is then stored already). */
    private boolean committed;

    private long rowsRead;
    private long parseRejected;
    private long lastProgress;

    ImportExecution(
            long id,
            ImportKind kind,
            org.zhijian.importing.ImportFormat format,
            ImportOptions options,
            ImportJobs jobs,
            DataSource dataSource,
            Path reportFile,
            Consumer<ImportJob> progress,
            ApplicationEventPublisher events) {
        this.id = id;
        this.kind = kind;
        this.format = format;
        this.options = options;
        this.jobs = jobs;
        this.dataSource = dataSource;
        this.reportFile = reportFile;
        this.progress = progress;
        this.events = events;
    }

    void run(Path file, String fileName) {
        ImportJobs.Outcome outcome;
        try (Connection connection = dataSource.getConnection();
                ErrorReport report = new ErrorReport(reportFile)) {
            ImportRun run = new ImportRun(connection, kind, options, report);
            try {
                outcome = execute(run, connection, report, file, fileName);
            } catch (InvalidFileException e) {
                run.rollback();
                e.errors().forEach(report::add);
                outcome = failed(e.getMessage(), report.count() > 0);
            } finally {
                run.rollback();
                releaseLocks(connection);
            }
        } catch (Exception e) {
            log.warn("导入 {} 失败", id, e);
            outcome = failed("导入失败，数据库未做任何修改：" + e.getMessage(), false);
        }
        if (!committed) {
            jobs.finish(id, outcome);
        }
        jobs.find(id).ifPresent(progress);
    }

    private ImportJobs.Outcome execute(
            ImportRun run, Connection connection, ErrorReport report, Path file, String fileName) throws Exception {
        stage(run, report, file, fileName);
        run.markDuplicates();
        long rejected = parseRejected + run.reportStagedRejections();
        if (rejected > 0 && !options.validOnly()) {
            run.rollback();
            return new ImportJobs.Outcome(
                    "REJECTED",
                    rowsRead,
                    0,
                    0,
                    0,
                    rejected,
                    "共 " + rowsRead + " 行，其中 " + rejected + " 行有错误，未导入任何数据。请按错误报告修改后重新导入，或选择“仅导入有效行”。",
                    reportFile.toString());
        }
        long unchanged = run.countUnchanged();
        ImportJobs.Outcome outcome = succeeded(run.merge(), unchanged, rejected);
        commit(run, connection, outcome);
        return outcome;
    }

    /** Reads the file into the staging table, each row checked by the kind; refuses a file without data rows. */
    private void stage(ImportRun run, ErrorReport report, Path file, String fileName) throws Exception {
        SheetSource source = format == null ? FileSniffer.open(file, fileName) : new FormatSource(format, kind, file);
        run.prepare(id);
        jobs.progress(id, "RUNNING", 0, 0, 0);
        try (StagingWriter staging = run.stagingWriter()) {
            source.read(new Sink(staging, report, source));
            staging.finish();
        }
        if (rowsRead == 0) {
            throw FileSniffer.refuse("文件没有数据行（只有表头或全为空行）");
        }
        jobs.phase(id, "已读完 " + rowsRead + " 行，正在检查重复并写入数据库…");
        jobs.find(id).ifPresent(progress);
    }

    private ImportJobs.Outcome succeeded(ImportKind.MergeCounts counts, long unchanged, long rejected) {
        String message = "共 " + rowsRead + " 行：新增 " + counts.inserted() + "，更新 " + counts.updated() + "，未变 " + unchanged
                + (rejected > 0 ? "，跳过有错误的 " + rejected + " 行" : "") + "。";
        return new ImportJobs.Outcome(
                "SUCCEEDED",
                rowsRead,
                counts.inserted(),
                counts.updated(),
                unchanged,
                rejected,
                message,
                rejected > 0 ? reportFile.toString() : null);
    }

    /**
     * Commits the import together with the job's outcome and the news that records arrived ({@link
     * RecordsImported}), which the event publication registry stores on the same connection: the reactions (linking,
     * classifying, counting) run after the commit and are not lost when the process dies before they finish.
     */
    private void commit(ImportRun run, Connection connection, ImportJobs.Outcome outcome) throws SQLException {
        try (BoundTransaction tx = BoundTransaction.bind(dataSource, connection)) {
            jobs.finish(id, outcome);
            if (outcome.inserted() + outcome.updated() > 0) {
                events.publishEvent(new RecordsImported(kind.key(), id, outcome.inserted(), outcome.updated()));
            }
            run.commit();
            committed = true;
            tx.committed();
        }
    }

    private ImportJobs.Outcome failed(String message, boolean hasReport) {
        return new ImportJobs.Outcome(
                "FAILED", rowsRead, 0, 0, 0, parseRejected, message, hasReport ? reportFile.toString() : null);
    }

    private static void releaseLocks(Connection connection) {
        try (Statement st = connection.createStatement()) {
            connection.setAutoCommit(true);
            st.execute("select pg_advisory_unlock_all()");
        } catch (SQLException ignored) {
            // closing the connection below ends the session's locks as well
        }
    }

    private final class Sink implements RowSink {
        private final StagingWriter staging;
        private final ErrorReport report;
        private final SheetSource source;
        private HeaderMap header;

        Sink(StagingWriter staging, ErrorReport report, SheetSource source) {
            this.staging = staging;
            this.report = report;
            this.source = source;
        }

        @Override
        public void header(List<String> cells) {
            header = HeaderMap.of(cells, kind.columns());
        }

        @Override
        public void row(long line, List<String> cells) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            rowsRead++;
            long before = report.count();
            String[] values = kind.stage(new ImportRow(line, header.values(cells)), report::add);
            try {
                if (values != null && report.count() == before) {
                    staging.write(line, values);
                } else {
                    parseRejected++;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("写入暂存表失败：" + e.getMessage(), e);
            }
            reportProgress();
        }

        private void reportProgress() {
            long now = System.nanoTime();
            if (now - lastProgress > 1_000_000_000L) {
                lastProgress = now;
                jobs.progress(id, "RUNNING", source.bytesRead(), rowsRead, parseRejected);
                jobs.find(id).ifPresent(progress);
            }
        }
    }
}
