package org.zhijian.importing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.importing.ImportFormat;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportKind;
import org.zhijian.importing.ImportManagement;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;

@Service
class ImportService implements ImportManagement, AutoCloseable {

    private final ImportKinds kinds;
    private final List<ImportFormat> formats;
    private final ImportJobs jobs;
    private final DataSource dataSource;
    private final Path importDir;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zhijian-import");
        t.setDaemon(true);
        return t;
    });

    ImportService(
            ImportKinds kinds,
            List<ImportFormat> formats,
            ImportJobs jobs,
            DataSource dataSource,
            @Value("${zhijian.data-dir}") Path dataDir,
            CurrentActor currentActor,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.currentActor = currentActor;
        this.events = events;
        this.audit = audit;
        this.kinds = kinds;
        this.formats = List.copyOf(formats);
        this.jobs = jobs;
        this.dataSource = dataSource;
        this.importDir = dataDir.resolve("imports");
    }

    @Override
    public List<ImportKind> kinds() {
        return kinds.all();
    }

    @Override
    public Optional<ImportKind> findKind(String key) {
        return kinds.find(key);
    }

    @Override
    public List<ImportFormat> formats(String kindKey) {
        return formats.stream().filter(f -> f.kind().equals(kindKey)).toList();
    }

    /** The options' format of the kind, or {@code null} for a template file; an unknown format is refused. */
    private ImportFormat format(ImportKind kind, ImportOptions options) {
        if (options.format() == null) {
            return null;
        }
        return formats(kind.key()).stream()
                .filter(f -> f.key().equals(options.format()))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation(
                        ImportErrors.UNKNOWN_FORMAT,
                        kind.key(),
                        options.format(),
                        String.join(
                                        "、",
                                        formats(kind.key()).stream()
                                                .map(ImportFormat::key)
                                                .toList()) + "、template"));
    }

    private void checkMayImport() {
        currentActor.get().checkMayWrite();
    }

    private ImportKind kind(String key) {
        return findKind(key).orElseThrow(() -> new BusinessRuleViolation(ImportErrors.UNKNOWN_KIND, key));
    }

    @Override
    public ImportJob importNow(
            String kindKey, Path file, String fileName, ImportOptions options, Consumer<ImportJob> progress) {
        checkMayImport();
        ImportKind kind = kind(kindKey);
        format(kind, options);
        long id = jobs.create(
                kind.key(), fileName, options, size(file), currentActor.get().username());
        runJob(id, kind, file, fileName, options, progress);
        return jobs.find(id).orElseThrow();
    }

    @Override
    public ImportJob submit(String kindKey, Path uploadedFile, String fileName, ImportOptions options) {
        checkMayImport();
        ImportKind kind = kind(kindKey);
        format(kind, options);
        long id = jobs.create(
                kind.key(),
                fileName,
                options,
                size(uploadedFile),
                currentActor.get().username());
        Path kept = importDir.resolve(Long.toString(id)).resolve("upload");
        try {
            Files.createDirectories(kept.getParent());
            Files.move(uploadedFile, kept, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Actor actor = currentActor.get();
        background.submit(() -> CurrentActor.runAs(actor, () -> {
            try {
                runJob(id, kind, kept, fileName, options, job -> {});
            } finally {
                deleteQuietly(kept);
            }
            return null;
        }));
        return jobs.find(id).orElseThrow();
    }

    private void runJob(
            long id, ImportKind kind, Path file, String fileName, ImportOptions options, Consumer<ImportJob> progress) {
        Path reportFile = importDir.resolve(Long.toString(id)).resolve("errors.csv");
        new ImportExecution(id, kind, format(kind, options), options, jobs, dataSource, reportFile, progress, events)
                .run(file, fileName);
        jobs.find(id)
                .ifPresent(job -> audit.record(new AuditEntry(
                        "IMPORT",
                        kind.key(),
                        Long.toString(id),
                        "导入“" + fileName + "”：" + job.message(),
                        null,
                        Map.of(
                                "status",
                                job.status(),
                                "inserted",
                                job.inserted(),
                                "updated",
                                job.updated(),
                                "rejected",
                                job.rejected()))));
    }

    @Override
    public Optional<ImportJob> find(long id) {
        return jobs.find(id, owner());
    }

    @Override
    public List<ImportJob> recent(int limit) {
        return jobs.page(new PageRequest(1, limit), owner()).items();
    }

    @Override
    public PageResult<ImportJob> page(PageRequest request) {
        return jobs.page(request, owner());
    }

    @Override
    public Optional<Path> report(long id) {
        return find(id).flatMap(job -> jobs.reportPath(id)).map(Path::of).filter(Files::exists);
    }

    /** Whose jobs the current actor sees: everyone's for province-wide readers, otherwise only their own. */
    private String owner() {
        Actor actor = currentActor.get();
        return actor.readScope().kind() == Scope.Kind.ALL ? null : actor.username();
    }

    @Override
    public void writeTemplate(String kindKey, OutputStream out) throws IOException {
        new TemplateWriter(kind(kindKey)).write(out);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取文件 " + file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the upload copy is only a cache; a leftover is harmless
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
