package org.zhijian.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The PostgreSQL 17 cluster that zhijian keeps under its data directory ({@code <data>/pgdata}).
 *
 * <p>One process owns a data directory at a time: it holds an OS file lock on {@code <data>/zhijian.lock},
 * runs the server on a free loopback port and records that port in {@code <data>/instance.properties}. A
 * second process that may share (a CLI command) connects to the owner's server instead; one that must own
 * it ({@code serve}) fails with a clear message. The server is stopped when the owner exits; a server left
 * running by a killed owner is stopped and restarted by the next owner. PostgreSQL refuses to run as root,
 * so under root the server runs as {@code nobody} (see ADR 0003).
 */
public final class LocalPostgres {

    private static final Map<Path, LocalPostgres> OPEN = new HashMap<>();

    private final Path dataDir;
    private final Path clusterDir;
    private final PostgresProcess process;
    private FileChannel lockChannel;
    private FileLock lock;
    private ConnectionInfo connection;
    private boolean owner;

    private LocalPostgres(Path dataDir) {
        this.dataDir = dataDir;
        this.clusterDir = dataDir.resolve("pgdata");
        this.process = new PostgresProcess(PostgresBinaries.extracted(), clusterDir);
    }

    /**
     * Opens the cluster of a data directory, starting it when no other process runs it.
     *
     * @param dataDir the data directory
     * @param mustOwn true for a server process, which may not share the directory with another owner
     * @return the connection details
     * @throws DataDirectoryInUseException when {@code mustOwn} and another process owns the directory
     */
    public static synchronized ConnectionInfo open(Path dataDir, boolean mustOwn) {
        Path key = dataDir.toAbsolutePath().normalize();
        LocalPostgres pg = OPEN.get(key);
        if (pg == null) {
            pg = new LocalPostgres(key);
            pg.connect(mustOwn);
            OPEN.put(key, pg);
            LocalPostgres started = pg;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "zhijian-postgres-stop"));
        }
        return pg.connection;
    }

    /**
     * Tells whether another process owns a data directory, without starting anything.
     *
     * @return the owner's process id, or empty when the directory is free
     */
    public static Optional<String> ownerOf(Path dataDir) {
        Path lockFile = dataDir.resolve("zhijian.lock");
        if (!Files.exists(lockFile)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
            Path instance = dataDir.resolve("instance.properties");
            Properties p = new Properties();
            if (Files.exists(instance)) {
                try (var in = Files.newInputStream(instance)) {
                    p.load(in);
                }
            }
            return Optional.of(p.getProperty("pid", "?"));
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return Optional.of(Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Stops the cluster of a data directory if this process runs it (used by tests that restart). */
    public static synchronized void close(Path dataDir) {
        LocalPostgres pg = OPEN.remove(dataDir.toAbsolutePath().normalize());
        if (pg != null) {
            pg.close();
        }
    }

    private void connect(boolean mustOwn) {
        try {
            Files.createDirectories(dataDir);
            lockChannel = FileChannel.open(
                    dataDir.resolve("zhijian.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
            if (lock == null) {
                connection = attachToOwner(mustOwn);
                return;
            }
            owner = true;
            connection = startAsOwner();
        } catch (IOException e) {
            throw new UncheckedIOException("无法打开数据目录 " + dataDir, e);
        }
    }

    private ConnectionInfo attachToOwner(boolean mustOwn) throws IOException {
        Properties instance = awaitInstance();
        String pid = instance.getProperty("pid", "?");
        if (mustOwn) {
            throw new DataDirectoryInUseException(dataDir, pid);
        }
        int port = Integer.parseInt(instance.getProperty("port"));
        return new ConnectionInfo(jdbcUrl(port), "zhijian", readPassword());
    }

    private ConnectionInfo startAsOwner() throws IOException {
        boolean fresh = !Files.exists(clusterDir.resolve("PG_VERSION"));
        String password = fresh ? newPassword() : readPassword();
        if (fresh) {
            process.initialize(password, dataDir.resolve("pgdata.tmp"));
        } else {
            process.stopIfRunning();
        }
        int port = freePort();
        process.start(port);
        ConnectionInfo info = new ConnectionInfo(jdbcUrl(port), "zhijian", password);
        ensureDatabase(info, port);
        writeInstance(port);
        return info;
    }

    private void ensureDatabase(ConnectionInfo info, int port) {
        String adminUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(adminUrl, info.username(), info.password())) {
            var rs = c.createStatement().executeQuery("select 1 from pg_database where datname = 'zhijian'");
            if (!rs.next()) {
                createDatabase(c);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("无法创建数据库 zhijian：" + e.getMessage(), e);
        }
    }

    /**
     * Creates the database with a Unicode-aware character classification (so that pg_trgm makes trigrams of
     * Chinese text) and binary collation; falls back to plain C where the OS has no C.UTF-8 locale.
     */
    private static void createDatabase(Connection c) throws SQLException {
        for (String ctype : new String[] {"C.UTF-8", "C.utf8", "en_US.UTF-8"}) {
            try {
                c.createStatement()
                        .execute("create database zhijian encoding 'UTF8' template template0 lc_collate 'C' "
                                + "lc_ctype '" + ctype + "'");
                return;
            } catch (SQLException e) {
                // locale not installed here: try the next one
            }
        }
        c.createStatement().execute("create database zhijian encoding 'UTF8' template template0");
    }

    private void close() {
        try {
            if (owner) {
                Files.deleteIfExists(dataDir.resolve("instance.properties"));
                process.stopIfRunning();
            }
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String newPassword() throws IOException {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        Path file = dataDir.resolve("db-password");
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password);
        return password;
    }

    private String readPassword() throws IOException {
        return Files.readString(dataDir.resolve("db-password")).strip();
    }

    private Properties awaitInstance() throws IOException {
        for (int attempt = 0; attempt < 600; attempt++) {
            Optional<Properties> instance = readInstance();
            if (instance.isPresent()) {
                return instance.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new DataDirectoryInUseException(dataDir, "?");
    }

    private Optional<Properties> readInstance() throws IOException {
        Path file = dataDir.resolve("instance.properties");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var in = Files.newInputStream(file)) {
            p.load(in);
        }
        return Optional.of(p);
    }

    private void writeInstance(int port) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("port", Integer.toString(port));
        Path tmp = dataDir.resolve("instance.properties.tmp");
        try (var out = Files.newOutputStream(tmp)) {
            p.store(out, "zhijian instance owning this data directory");
        }
        Files.move(tmp, dataDir.resolve("instance.properties"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/zhijian";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Connection details of a running cluster. */
    public record ConnectionInfo(String url, String username, String password) {

        @Override
        public String toString() {
            return "ConnectionInfo[url=" + url + ", username=" + username + "]";
        }
    }
}
