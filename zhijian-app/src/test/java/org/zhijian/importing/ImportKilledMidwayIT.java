package org.zhijian.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.IntegrationTest;
import org.zhijian.enterprise.EnterpriseFixtures;

/** Runs the CLI as a separate process, kills it with SIGKILL while it imports, and checks nothing changed. */
@IntegrationTest
class ImportKilledMidwayIT {

    private static final Path JAR = Path.of("target/zhijian.jar");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportManagement imports;

    @TempDir
    Path dir;

    @Test
    void aProcessKilledMidImportLeavesTheDatabaseAsBefore() throws Exception {
        assumeTrue(Files.exists(JAR), "the packaged jar is built before integration tests");
        Path file = bigFile(300_000);
        long enterprisesBefore = count("enterprise");
        long lastJob = jdbc.sql("select coalesce(max(id), 0) from import_job")
                .query(Long.class)
                .single();

        ProcessBuilder builder = new ProcessBuilder(
                        javaBinary(), "-Xmx512m", "-jar", JAR.toString(), "import", "enterprises", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("cli.log").toFile());
        builder.environment().put("ZHIJIAN_DATA_DIR", "target/it-data");
        builder.environment().remove("ZHIJIAN_DB_URL");
        Process cli = builder.start();
        cli.getOutputStream().close();
        long job = awaitRunningJob(lastJob, cli);
        cli.destroyForcibly().waitFor();

        assertThat(count("enterprise")).isEqualTo(enterprisesBefore);
        ImportJob after = awaitFinished(job);
        assertThat(after.status()).isEqualTo("FAILED");
        assertThat(after.message()).contains("中断");
    }

    private long awaitRunningJob(long lastJob, Process cli) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && cli.isAlive()) {
            var running = jdbc.sql("select id from import_job where id > ? and status = 'RUNNING' and rows_read > 1000")
                    .param(lastJob)
                    .query(Long.class)
                    .optional();
            if (running.isPresent()) {
                return running.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import never ran: " + Files.readString(dir.resolve("cli.log")));
    }

    private ImportJob awaitFinished(long id) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            ImportJob job = imports.find(id).orElseThrow();
            if (job.isFinished()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " still running after its process died");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Path bigFile(int rows) throws Exception {
        Path file = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ImportFiles.HEADER + "\n");
            for (int i = 0; i < rows; i++) {
                out.write(EnterpriseFixtures.aCreditCode("430105") + ",开福区测试" + i + "有限公司,430105,存续,2019-03-05,小,14\n");
            }
        }
        return file;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
