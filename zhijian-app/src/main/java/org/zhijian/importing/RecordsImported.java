package org.zhijian.importing;

/**
 * Published after an import job committed new or changed records (not for rejected, failed or no-op imports), so
 * that modules holding derived data — caches, counts, series — can bring it up to date.
 *
 * @param kind the import kind's key, e.g. {@code enterprises}
 * @param jobId the import job
 * @param inserted records added
 * @param updated records changed
 */
public record RecordsImported(String kind, long jobId, long inserted, long updated) {}
