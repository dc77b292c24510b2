package org.zhijian.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The importing module's API. */
public interface ImportManagement {

    /** The kinds that can be imported. */
    List<ImportKind> kinds();

    Optional<ImportKind> findKind(String key);

    /** The native formats a kind accepts besides its template (e.g. openFDA JSON for recalls). */
    List<ImportFormat> formats(String kindKey);

    /**
     * Imports a file now, in the calling thread.
     *
     * @param kindKey record kind
     * @param file the file; it is not deleted
     * @param fileName the name to show
     * @param options error handling choices
     * @param progress receives the job's state about once a second
     * @return the finished job
     */
    ImportJob importNow(
            String kindKey, Path file, String fileName, ImportOptions options, Consumer<ImportJob> progress);

    /**
     * Queues an import to run in the background; the file is moved into the data directory first.
     *
     * @return the queued job
     */
    ImportJob submit(String kindKey, Path uploadedFile, String fileName, ImportOptions options);

    Optional<ImportJob> find(long id);

    List<ImportJob> recent(int limit);

    /** All jobs, newest first, one page at a time. */
    org.zhijian.platform.PageResult<ImportJob> page(org.zhijian.platform.PageRequest request);

    /** The error report of a job (CSV, UTF-8 with BOM). */
    Optional<Path> report(long id);

    /** Writes the XLSX template of a kind: Chinese headers, drop-down lists and an example row. */
    void writeTemplate(String kindKey, OutputStream out) throws IOException;
}
