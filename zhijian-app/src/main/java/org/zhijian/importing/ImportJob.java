package org.zhijian.importing;

import java.time.OffsetDateTime;

/**
 * The state of one import.
 *
 * @param id job id
 * @param kind record kind key
 * @param kindLabel Chinese name of the record kind
 * @param fileName name of the uploaded file
 * @param status QUEUED, RUNNING, SUCCEEDED, REJECTED (rows had problems) or FAILED (the file could not be
 *     imported)
 * @param progress fraction read, 0 to 1
 * @param rowsRead data rows read so far
 * @param inserted records added
 * @param updated records changed
 * @param unchanged rows identical to stored records
 * @param rejected rows with problems
 * @param message Chinese summary or failure reason
 * @param hasReport whether an error report can be downloaded
 * @param createdAt when the job was created
 * @param finishedAt when it ended, {@code null} while running
 */
public record ImportJob(
        long id,
        String kind,
        String kindLabel,
        String fileName,
        String status,
        double progress,
        long rowsRead,
        long inserted,
        long updated,
        long unchanged,
        long rejected,
        String message,
        boolean hasReport,
        OffsetDateTime createdAt,
        OffsetDateTime finishedAt) {

    public boolean isFinished() {
        return finishedAt != null;
    }

    /** Exit code of the CLI: 0 all rows in, 2 rows rejected, 1 failure. */
    public int exitCode() {
        return switch (status) {
            case "SUCCEEDED" -> rejected == 0 ? 0 : 2;
            case "REJECTED" -> 2;
            default -> 1;
        };
    }
}
