package org.zhijian.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.zhijian.IntegrationTest;
import org.zhijian.importing.RecordsImported;

/**
 * An import commits its records and the news of their arrival together; when the process dies before the
 * reaction (linking to the registry, classifying) has finished, the stored event is run again as a restart does,
 * and the reaction completes exactly once.
 */
@IntegrationTest
class ReactionsSurviveACrashIT {

    private static final Path JAR = Path.of("target/zhijian.jar");
    private static final int ROWS = 8_000;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications incomplete;

    @TempDir
    Path dir;

    @Test
    void aReactionCutShortByAKillCompletesOnceAfterTheRestart() throws Exception {
        assumeTrue(Files.exists(JAR), "the packaged jar is built before integration tests");
        String tag = "CRASH" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Process cli = importInAnotherProcess(complaints(tag));
        long job = awaitCommitted(cli);
        cli.destroyForcibly().waitFor();
        assumeTrue(unlinked(tag) > 0, "the reaction finished before the process could be killed");

        assertThat(publications(job, true))
                .as("the reaction's event, left incomplete")
                .isEqualTo(1);
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof RecordsImported r && r.jobId() == job);
        awaitReaction(tag, job);

        assertThat(unlinked(tag)).isZero();
        assertThat(jdbc.sql("select count(*) from complaint where complaint_no like :t and category_source is null")
                        .param("t", tag + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(publications(job, false)).as("completed once").isEqualTo(1);
        assertThat(publications(job, true)).isZero();
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof RecordsImported r && r.jobId() == job);
        assertThat(publications(job, false)).as("nothing left to run again").isEqualTo(1);
    }

    /** The many complaints go again, so that later tests reclassifying every record do not wait for them. */
    @AfterEach
    void removeTheComplaints() {
        jdbc.sql("delete from complaint where complaint_no like 'CRASH%'").update();
    }

    private Path complaints(String tag) throws Exception {
        Path file = dir.resolve("complaints.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("complaint_no,channel,received_at,respondent_name,county_code,product,description\n");
            for (int i = 0; i < ROWS; i++) {
                out.write(tag + "-" + i + ",网络,2026-05-08 09:30,崩溃测试" + tag + i + "号店,430102,电热水壶,底座漏电\n");
            }
        }
        return file;
    }

    private Process importInAnotherProcess(Path file) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-Xmx512m",
                        "-jar",
                        JAR.toString(),
                        "import",
                        "complaints",
                        file.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("cli.log").toFile());
        builder.environment().put("ZHIJIAN_DATA_DIR", "target/it-data");
        builder.environment().remove("ZHIJIAN_DB_URL");
        Process cli = builder.start();
        cli.getOutputStream().close();
        return cli;
    }

    /** The job, once its rows and their event have committed. */
    private long awaitCommitted(Process cli) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && cli.isAlive()) {
            var job = jdbc.sql("select id from import_job where kind = 'complaints' and status = 'SUCCEEDED'"
                            + " and rows_inserted = :rows and finished_at > now() - interval '5 minutes'"
                            + " order by id desc limit 1")
                    .param("rows", ROWS)
                    .query(Long.class)
                    .optional();
            if (job.isPresent()) {
                return job.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import never committed: " + Files.readString(dir.resolve("cli.log")));
    }

    private void awaitReaction(String tag, long job) throws InterruptedException {
        for (int i = 0; i < 1200 && (unlinked(tag) > 0 || publications(job, true) > 0); i++) {
            Thread.sleep(100);
        }
    }

    private long unlinked(String tag) {
        return jdbc.sql("select count(*) from complaint where complaint_no like :t and link_status is null")
                .param("t", tag + "%")
                .query(Long.class)
                .single();
    }

    private long publications(long job, boolean open) {
        return jdbc.sql("select count(*) from event_publication where listener_id like '%RecordImports%'"
                        + " and serialized_event like :job and completion_date is " + (open ? "null" : "not null"))
                .param("job", "%\"jobId\":" + job + ",%")
                .query(Long.class)
                .single();
    }
}
