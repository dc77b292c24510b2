package org.zhijian.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code initdb} and {@code pg_ctl} for one cluster folder, as {@code nobody} when the JVM runs as root. */
final class PostgresProcess {

    private static final String UNPRIVILEGED_USER = "nobody";

    private final Path binaries;
    private final Path clusterDir;
    private final boolean root;

    PostgresProcess(Path binaries, Path clusterDir) {
        this.binaries = binaries;
        this.clusterDir = clusterDir;
        this.root = runsAsRoot();
    }

    /** Creates the cluster with a password-protected {@code zhijian} superuser, atomically. */
    void initialize(String password, Path staging) throws IOException {
        if (Files.exists(staging)) {
            PostgresBinaries.deleteRecursively(staging);
        }
        Files.createDirectories(
                staging, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path pwFile = Files.createTempFile("zhijian-pw", ".txt");
        try {
            Files.writeString(pwFile, password);
            handToServerUser(staging);
            handToServerUser(pwFile);
            run(
                    List.of(
                            bin("initdb"),
                            "-D",
                            staging.toString(),
                            "-U",
                            "zhijian",
                            "--pwfile=" + pwFile,
                            "-A",
                            "scram-sha-256",
                            "-E",
                            "UTF-8",
                            "--locale=C",
                            "--no-instructions"),
                    120);
        } finally {
            Files.deleteIfExists(pwFile);
        }
        Files.writeString(
                staging.resolve("postgresql.conf"), serverSettings(), java.nio.file.StandardOpenOption.APPEND);
        Files.move(staging, clusterDir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    void start(int port) {
        run(
                List.of(
                        bin("pg_ctl"),
                        "-D",
                        clusterDir.toString(),
                        "-o",
                        "-p " + port + " -c shared_buffers=" + sharedBuffers(),
                        "-l",
                        clusterDir.resolve("server.log").toString(),
                        "-w",
                        "-t",
                        "120",
                        "start"),
                150);
    }

    /** Stops a server running on the cluster, also one left behind by a killed process. */
    void stopIfRunning() {
        if (Files.exists(clusterDir.resolve("postmaster.pid"))) {
            runQuietly(List.of(bin("pg_ctl"), "-D", clusterDir.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
        }
    }

    /**
     * An eighth of the machine's memory, between 128 MB and 2 GB, unless {@code ZHIJIAN_DB_SHARED_BUFFERS} says
     * otherwise (e.g. {@code 512MB}): the default 128 MB keeps only a small part of a million-enterprise registry
     * in the server's cache.
     */
    static String sharedBuffers() {
        String configured = System.getenv("ZHIJIAN_DB_SHARED_BUFFERS");
        if (configured != null && configured.matches("[0-9]+(kB|MB|GB)")) {
            return configured;
        }
        long total = ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        long megabytes = Math.max(128, Math.min(2048, total / 8 / (1024 * 1024)));
        return megabytes + "MB";
    }

    private static String serverSettings() {
        return """

                # zhijian: loopback only, no Unix socket, keep logs small
                listen_addresses = '127.0.0.1'
                unix_socket_directories = ''
                max_connections = 100
                max_wal_size = 2GB
                logging_collector = off
                """;
    }

    private void handToServerUser(Path path) throws IOException {
        if (root) {
            UserPrincipal nobody =
                    path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(UNPRIVILEGED_USER);
            Files.setOwner(path, nobody);
        }
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void run(List<String> command, int timeoutSeconds) {
        try {
            ProcessResult result = execute(command, timeoutSeconds);
            if (result.exitCode() != 0) {
                throw new IllegalStateException("PostgreSQL 命令失败（" + command.get(0) + "，退出码 " + result.exitCode() + "）："
                        + result.output() + serverLogTail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void runQuietly(List<String> command) {
        try {
            execute(command, 90);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProcessResult execute(List<String> command, int timeoutSeconds) throws IOException {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of(
                    "setpriv",
                    "--reuid=" + UNPRIVILEGED_USER,
                    "--regid=nogroup",
                    "--clear-groups",
                    "--inh-caps=+dac_read_search",
                    "--ambient-caps=+dac_read_search"));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LD_LIBRARY_PATH", binaries.resolve("lib").toString());
        Process p = pb.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new ProcessResult(-1, output + " (timeout)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProcessResult(-1, output + " (interrupted)");
        }
        return new ProcessResult(p.exitValue(), output.strip());
    }

    private String serverLogTail() {
        Path log = clusterDir.resolve("server.log");
        try {
            if (!Files.isReadable(log)) {
                return "";
            }
            List<String> lines = Files.readAllLines(log);
            return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean runsAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private record ProcessResult(int exitCode, String output) {}
}
