package org.zhijian.importing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportKind;
import org.zhijian.importing.ImportManagement;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

@Service
class ImportService implements ImportManagement, AutoCloseable {

    private final List<ImportKind> kinds;
    private final ImportJobs jobs;
    private final DataSource dataSource;
    private final Path importDir;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zhijian-import");
        t.setDaemon(true);
        return t;
    });

    ImportService(
            List<ImportKind> kinds,
            ImportJobs jobs,
            DataSource dataSource,
            @Value("${zhijian.data-dir}") Path dataDir) {
        this.kinds = List.copyOf(kinds);
        this.jobs = jobs;
        this.dataSource = dataSource;
        this.importDir = dataDir.resolve("imports");
    }

    @Override
    public List<ImportKind> kinds() {
        return kinds;
    }

    @Override
    public Optional<ImportKind> findKind(String key) {
        return kinds.stream().filter(k -> k.key().equals(key)).findFirst();
    }

    private ImportKind kind(String key) {
        return findKind(key).orElseThrow(() -> new BusinessRuleViolation(ImportErrors.UNKNOWN_KIND, key));
    }

    @Override
    public ImportJob importNow(
            String kindKey, Path file, String fileName, ImportOptions options, Consumer<ImportJob> progress) {
        ImportKind kind = kind(kindKey);
        long id = jobs.create(kind.key(), fileName, options, size(file));
        runJob(id, kind, file, fileName, options, progress);
        return jobs.find(id).orElseThrow();
    }

    @Override
    public ImportJob submit(String kindKey, Path uploadedFile, String fileName, ImportOptions options) {
        ImportKind kind = kind(kindKey);
        long id = jobs.create(kind.key(), fileName, options, size(uploadedFile));
        Path kept = importDir.resolve(Long.toString(id)).resolve("upload");
        try {
            Files.createDirectories(kept.getParent());
            Files.move(uploadedFile, kept, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        background.submit(() -> {
            try {
                runJob(id, kind, kept, fileName, options, job -> {});
            } finally {
                deleteQuietly(kept);
            }
        });
        return jobs.find(id).orElseThrow();
    }

    private void runJob(
            long id, ImportKind kind, Path file, String fileName, ImportOptions options, Consumer<ImportJob> progress) {
        Path reportFile = importDir.resolve(Long.toString(id)).resolve("errors.csv");
        new ImportExecution(id, kind, options, jobs, dataSource, reportFile, progress).run(file, fileName);
    }

    @Override
    public Optional<ImportJob> find(long id) {
        return jobs.find(id);
    }

    @Override
    public List<ImportJob> recent(int limit) {
        return jobs.recent(limit);
    }

    @Override
    public PageResult<ImportJob> page(PageRequest request) {
        return jobs.page(request);
    }

    @Override
    public Optional<Path> report(long id) {
        return jobs.reportPath(id).map(Path::of).filter(Files::exists);
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
