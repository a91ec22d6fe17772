package io.shale.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.Shale;
import io.shale.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class-path migrations inside a Spring Boot fat jar, read as the application reads them: through
 * spring-boot-loader's {@code jar:nested:} URL handler (from the test class path), on a jar laid out as
 * the spring-boot-maven-plugin lays it out (a stored {@code BOOT-INF/lib/*.jar}, and {@code BOOT-INF/classes/}),
 * {@code shale.sum} check included.
 */
class NestedJarMigrationsTest {
    @TempDir
    Path dir;

    @Test
    void migrationsInAJarNestedInAFatJar_areListedCheckedAndApplied() throws Exception {
        Path fatJar = fatJar("BOOT-INF/lib/app-migrations.jar", jar("db/migrations/"));
        URL nested = bootUrl("jar:nested:" + fatJar + "/!BOOT-INF/lib/app-migrations.jar!/");
        assertMigrates(nested);
    }

    @Test
    void migrationsInTheFatJarsOwnClasses_areListedCheckedAndApplied() throws Exception {
        Path fatJar = fatJar(null, migrationsEntries("BOOT-INF/classes/db/migrations/"));
        URL classes = bootUrl("jar:nested:" + fatJar + "/!BOOT-INF/classes/!/");
        assertMigrates(classes);
    }

    private void assertMigrates(URL root) throws Exception {
        DataSource ds = H2.dataSource(H2.newUrl());
        Path copy;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root}, null);
             Workspace workspace = Workspace.builder().dataSource(ds, "h2").migrations("classpath:db/migrations")
                     .classLoader(loader).build()) {
            assertThat(loader.getResource("db/migrations").toString()).startsWith("jar:nested:");
            Shale shale = Shale.of(workspace);
            assertThat(shale.validateFiles().ok()).isTrue();
            assertThat(shale.upgrade().toVersion()).isEqualTo(2);
            copy = workspace.config().migrations();
        }
        assertThat(H2.tables(ds)).contains("users", "shale_history");
        assertThat(copy).as("the temporary copy is deleted on close").doesNotExist();
    }

    /**
     * Registers spring-boot-loader's {@code jar:} and {@code nested:} URL handlers, as a fat jar's launcher
     * does before anything else runs. It is JVM-wide: this test's JVM then reads URLs as a fat jar's does.
     */
    @BeforeAll
    static void registerBootUrlHandlers() {
        org.springframework.boot.loader.net.protocol.Handlers.register();
    }

    private static URL bootUrl(String spec) throws Exception {
        return new URL(spec);
    }

    private static List<Entry> migrationsEntries(String folder) throws IOException {
        Path source = Path.of("src/test/resources/db/migrations");
        if (!Files.isDirectory(source)) {
            source = Path.of("../shale-spring-boot-starter/src/test/resources/db/migrations");
        }
        List<Entry> entries = new java.util.ArrayList<>();
        entries.add(new Entry(folder, new byte[0]));
        try (var files = Files.list(source)) {
            for (Path file : files.sorted().toList()) {
                entries.add(new Entry(folder + file.getFileName(), Files.readAllBytes(file)));
            }
        }
        return entries;
    }

    private record Entry(String name, byte[] content) {
    }

    private static byte[] jar(String folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes)) {
            out.putNextEntry(new JarEntry("db/"));
            out.closeEntry();
            for (Entry e : migrationsEntries(folder)) {
                out.putNextEntry(new JarEntry(e.name()));
                out.write(e.content());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A fat jar holding {@code innerJar} stored (uncompressed), as Boot requires, and {@code entries}. */
    private Path fatJar(String innerName, byte[] innerJar) throws IOException {
        return write(innerName, innerJar, List.of());
    }

    private Path fatJar(String innerName, List<Entry> entries) throws IOException {
        return write(innerName, null, entries);
    }

    private Path write(String innerName, byte[] innerJar, List<Entry> entries) throws IOException {
        Path file = dir.resolve("app.jar");
        try (OutputStream os = Files.newOutputStream(file); JarOutputStream out = new JarOutputStream(os)) {
            for (String folder : List.of("BOOT-INF/", "BOOT-INF/lib/", "BOOT-INF/classes/", "BOOT-INF/classes/db/")) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            if (innerJar != null) {
                JarEntry stored = new JarEntry(innerName);
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(innerJar.length);
                CRC32 crc = new CRC32();
                crc.update(innerJar);
                stored.setCrc(crc.getValue());
                out.putNextEntry(stored);
                out.write(innerJar);
                out.closeEntry();
            }
            for (Entry e : entries) {
                out.putNextEntry(new JarEntry(e.name()));
                out.write(e.content());
                out.closeEntry();
            }
        }
        return file;
    }
}
