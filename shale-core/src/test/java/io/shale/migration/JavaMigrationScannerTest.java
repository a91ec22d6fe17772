package io.shale.migration;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.fixtures.jaronly.JarHolder;
import io.shale.migration.fixtures.jaronly.V0007_FromJar;
import io.shale.migration.fixtures.jaronly.deeper.V0012_Deeper;
import io.shale.migration.fixtures.javamig.V0003_BackfillEmails;
import io.shale.migration.fixtures.javamig.V4__seed_roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class JavaMigrationScannerTest {
    private static final String FIXTURES = "io.shale.migration.fixtures.";
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void scan_findsTheMigrationsDirectlyInThePackage() {
        List<Migration> found = JavaMigrationScanner.scan(List.of(FIXTURES + "javamig"), loader);

        assertThat(found).extracting(Migration::version, Migration::description, Migration::script)
                .containsExactly(
                        tuple(3, "backfill_emails", V0003_BackfillEmails.class.getName()),
                        tuple(4, "seed_roles", V4__seed_roles.class.getName()));
    }

    @Test
    void scan_buildsEachMigrationFromItsInstance() {
        List<Migration> found = JavaMigrationScanner.scan(List.of(FIXTURES + "javamig"), loader);
        Migration backfill = found.get(0);
        Migration seed = found.get(1);

        assertThat(backfill.kind()).isEqualTo(MigrationKind.JAVA);
        assertThat(((MigrationBody.Java) backfill.body()).migration()).isInstanceOf(V0003_BackfillEmails.class);
        assertThat(backfill.checksum()).isEqualTo(Checksums.sha256Hex(V0003_BackfillEmails.class.getName()));
        assertThat(backfill.transactional()).isTrue();
        assertThat(backfill.hasDown()).isFalse();
        assertThat(seed.checksum()).isEqualTo(Checksums.sha256Hex("v2"));
        assertThat(seed.transactional()).isFalse();
        assertThat(seed.hasDown()).isTrue();
    }

    @Test
    void scan_doesNothingWithoutPackages() {
        assertThat(JavaMigrationScanner.scan(List.of(), null)).isEmpty();
    }

    @Test
    void scan_listsAClassFoundTwiceOnce() {
        List<Migration> found = JavaMigrationScanner.scan(List.of(FIXTURES + "javamig", FIXTURES + "javamig"), loader);

        assertThat(found).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "name without version,       badname,     BackfillEmails,      does not match V<version>_<Name>",
            "abstract class,             abstractmig, V0001_Base,          is abstract",
            "no no-argument constructor, noctor,      V0001_NeedsArgument, no public no-argument constructor",
            "class not public,           nonpublic,   V0001_Hidden,        is not public"})
    void scan_refusesAnInvalidMigrationClass(String name, String pkg, String simpleName, String why) {
        ShaleException e = catchThrowableOfType(ShaleException.class,
                () -> JavaMigrationScanner.scan(List.of(FIXTURES + pkg), loader));

        assertThat(e.code()).isEqualTo(ErrorCode.JAVA_MIGRATION_INVALID);
        assertThat(e.getMessage()).contains(FIXTURES + pkg + "." + simpleName, why);
        assertThat(e.hint()).contains("V<version>_<Name>");
    }

    @Test
    void scan_refusesTwoClassesWithTheSameVersion() {
        ShaleException e = catchThrowableOfType(ShaleException.class,
                () -> JavaMigrationScanner.scan(List.of(FIXTURES + "dupe"), loader));

        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_DUPLICATE_VERSION);
        assertThat(e.getMessage()).contains("V0002_First", "V2__second", "version 2");
    }

    @Test
    void scan_refusesAPackageTheLoaderCannotSee() {
        ShaleException e = catchThrowableOfType(ShaleException.class,
                () -> JavaMigrationScanner.scan(List.of("com.example.nowhere"), loader));

        assertThat(e.code()).isEqualTo(ErrorCode.JAVA_MIGRATION_INVALID);
        assertThat(e.getMessage()).contains("com.example.nowhere");
        assertThat(e.hint()).contains("java-migrations:");
    }

    @Test
    void scan_findsMigrationsInAJar(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("migrations.jar");
        writeJar(jar, V0007_FromJar.class, JarHolder.class, JarHolder.V0011_Inner.class, V0012_Deeper.class);
        ClassLoader hiding = new HidingClassLoader(loader, FIXTURES + "jaronly");

        assertThat(catchThrowableOfType(ShaleException.class,
                () -> JavaMigrationScanner.scan(List.of(FIXTURES + "jaronly"), hiding)).getMessage())
                .as("the class path copy is hidden").contains("was not found");

        try (URLClassLoader jarLoader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, hiding)) {
            List<Migration> found = JavaMigrationScanner.scan(List.of(FIXTURES + "jaronly"), jarLoader);

            assertThat(found).extracting(Migration::version, Migration::description).containsExactly(
                    tuple(7, "from_jar"));
            JavaMigration instance = ((MigrationBody.Java) found.get(0).body()).migration();
            assertThat(instance.getClass().getClassLoader()).isSameAs(jarLoader);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"BackfillEmails, backfill_emails", "backfill_emails, backfill_emails", "ImportCSVData, import_csv_data",
            "Add2FA, add2_fa", "Init, init", "add_Index, add_index"})
    void description_turnsCamelCaseIntoSnakeCase(String name, String description) {
        assertThat(JavaMigrationScanner.description(name)).isEqualTo(description);
    }

    /** Writes the classes' bytes from the test class path into a jar, with a directory entry for each package. */
    private static void writeJar(Path jar, Class<?>... classes) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, new Manifest())) {
            Set<String> dirs = new TreeSet<>();
            for (Class<?> type : classes) {
                String path = type.getName().replace('.', '/') + ".class";
                for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                    String dirEntry = path.substring(0, slash + 1);
                    if (dirs.add(dirEntry)) {
                        jarOut.putNextEntry(new JarEntry(dirEntry));
                        jarOut.closeEntry();
                    }
                }
                jarOut.putNextEntry(new JarEntry(path));
                try (InputStream in = type.getClassLoader().getResourceAsStream(path)) {
                    in.transferTo(jarOut);
                }
                jarOut.closeEntry();
            }
        }
    }
}
