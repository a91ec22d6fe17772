package io.shale.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.Migration;
import io.shale.migration.MigrationSet;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code classpath:db/migrations}: migrations shipped with the application, in a folder or a jar. */
class ClassPathMigrationsTest {
    @TempDir
    Path dir;

    @Test
    void classPathFolder_isReadLikeAFolderOnDisk() throws IOException {
        Path classes = dir.resolve("classes");
        new ProjectFolder(classes).twoMigrations();
        try (URLClassLoader loader = loaderOf(classes);
             Workspace ws = Workspace.builder().baseDir(dir).database("jdbc:h2:mem:cp_folder", "sa", null)
                     .classLoader(loader).migrations("classpath:db/migrations").build()) {

            assertThat(ws.migrations().directory()).isEqualTo(classes.resolve("db/migrations"));
            assertThat(ws.migrations().migrations()).extracting(Migration::script)
                    .containsExactly("0001_create_users.sql", "0002_create_countries.sql");
            assertThat(ws.migrationsLabel()).isEqualTo("classpath:db/migrations");
            assertThat(ws.settings().migrationsLabel()).isEqualTo("classpath:db/migrations");
        }
    }

    @Test
    void classPathJar_isReadThroughAZipFileSystemClosedWithTheWorkspace() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Folder entries, as the Maven and Gradle jar tasks write them: a class loader finds a folder by them.
            out.putNextEntry(new ZipEntry("db/"));
            out.putNextEntry(new ZipEntry("db/migrations/"));
            entry(out, "db/migrations/0001_create_users.sql", ProjectFolder.CREATE_USERS);
            entry(out, "db/migrations/0002_create_countries.sql", ProjectFolder.CREATE_COUNTRIES);
            entry(out, "db/migrations/README.md", "not a migration");
        }
        MigrationSet set;
        try (URLClassLoader loader = loaderOf(jar);
             Workspace ws = Workspace.builder().baseDir(dir).database("jdbc:h2:mem:cp_jar", "sa", null)
                     .classLoader(loader).migrations("classpath:/db/migrations/").build()) {
            set = ws.migrations();
            assertThat(set.migrations()).extracting(Migration::version).containsExactly(1, 2);
            assertThat(set.migrations().get(0).checksum()).hasSize(64);
            assertThat(set.directory().getFileSystem().isOpen()).isTrue();
        }
        assertThat(set.directory().getFileSystem().isOpen()).isFalse();
        assertThat(set.migrations()).hasSize(2);
    }

    @Test
    void missingClassPathLocation_namesItAndSaysWhereToPutTheFiles() throws IOException {
        try (URLClassLoader loader = loaderOf(dir)) {
            assertThatThrownBy(() -> Workspace.builder().baseDir(dir).classLoader(loader)
                    .migrations("classpath:db/missing").build())
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATIONS_DIR_MISSING);
                        assertThat(e.getMessage()).contains("classpath:db/missing");
                        assertThat(e.hint()).contains("src/main/resources/db/missing");
                    });
        }
    }

    private static URLClassLoader loaderOf(Path path) throws IOException {
        return new URLClassLoader(new URL[] {path.toUri().toURL()}, null);
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        OutputStream body = out;
        body.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
