package io.shale.migration;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.shale.migration.MigrationFiles.migration;
import static io.shale.migration.MigrationFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class MigrationLoaderTest {
    private static final String JAVA_PACKAGE = "io.shale.migration.fixtures.javamig";

    @TempDir
    Path dir;

    private MigrationSet loadSql() {
        return MigrationLoader.load(dir, List.of(), null);
    }

    private ShaleException loadFails() {
        return catchThrowableOfType(ShaleException.class, this::loadSql);
    }

    @Test
    void load_sortsByVersionNotByName() {
        migration(dir, "10_c.sql");
        migration(dir, "0002_b.sql");
        migration(dir, "1_a.sql");

        assertThat(loadSql().migrations()).extracting(Migration::version).containsExactly(1, 2, 10);
    }

    @Test
    void load_allowsGapsInNumbering() {
        migration(dir, "0001_a.sql");
        migration(dir, "0005_e.sql");

        MigrationSet set = loadSql();
        assertThat(set.migrations()).extracting(Migration::script).containsExactly("0001_a.sql", "0005_e.sql");
        assertThat(set.latestVersion()).isEqualTo(5);
        assertThat(set.directory()).isEqualTo(dir);
    }

    @Test
    void load_fillsEveryFieldOfASqlMigration() throws IOException {
        Path file = write(dir, "0003_add_index.sql",
                "-- shale:no-transaction\n-- migrate:up\nCREATE INDEX CONCURRENTLY i ON t (c);\n-- migrate:down\nDROP INDEX i;\n");

        Migration m = loadSql().migrations().get(0);

        assertThat(m.version()).isEqualTo(3);
        assertThat(m.description()).isEqualTo("add_index");
        assertThat(m.script()).isEqualTo("0003_add_index.sql");
        assertThat(m.kind()).isEqualTo(MigrationKind.SQL);
        assertThat(m.transactional()).isFalse();
        assertThat(m.checksum()).isEqualTo(Checksums.sha256Hex(Files.readAllBytes(file)));
        MigrationBody.Sql body = (MigrationBody.Sql) m.body();
        assertThat(body.file()).isEqualTo(file.toAbsolutePath());
        assertThat(body.up()).isEqualTo("CREATE INDEX CONCURRENTLY i ON t (c);\n");
        assertThat(body.upLine()).isEqualTo(3);
        assertThat(body.down()).isEqualTo("DROP INDEX i;\n");
        assertThat(body.downLine()).isEqualTo(5);
    }

    @Test
    void load_givesTheSameChecksumWhateverTheLineEndingsAndBom() {
        String lf = "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n";
        write(dir, "0001_lf.sql", lf);
        write(dir, "0002_crlf.sql", lf.replace("\n", "\r\n"));
        write(dir, "0003_cr.sql", lf.replace("\n", "\r"));
        write(dir, "0004_bom.sql", "\uFEFF" + lf.replace("\n", "\r\n"));

        List<Migration> ms = loadSql().migrations();

        assertThat(ms).extracting(Migration::checksum).containsOnly(Checksums.sha256Hex(lf));
        assertThat(ms).extracting(m -> ((MigrationBody.Sql) m.body()).up()).containsOnly("SELECT 1;\n");
    }

    @Test
    void load_refusesTwoFilesWithTheSameVersion() {
        migration(dir, "0003_a.sql");
        migration(dir, "3_b.sql");

        ShaleException e = loadFails();

        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_DUPLICATE_VERSION);
        assertThat(e.getMessage()).contains("0003_a.sql", "3_b.sql", "version 3");
        assertThat(e.hint()).contains("next free number");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0001_Create_users.sql", "create_users.sql", "0001-create-users.sql", "0001_.sql",
            "0001__x.sql", "0001_create users.sql", "0001_create_users.SQL", "V1__create.sql", "0000_zero.sql",
            "99999999999_huge.sql"})
    void load_refusesSqlFilesWithABadName(String name) {
        migration(dir, "0001_ok.sql");
        migration(dir, name);

        ShaleException e = loadFails();

        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_BAD_NAME);
        assertThat(e.getMessage()).contains(dir.resolve(name).toString());
        assertThat(e.getMessage() + e.hint()).containsAnyOf("0001_create_users.sql", "between 1 and");
    }

    @Test
    void load_explainsTheExpectedPatternForABadName() {
        migration(dir, "create_users.sql");

        assertThat(loadFails().getMessage()).contains("NNNN_description.sql", "for example 0001_create_users.sql");
    }

    @Test
    void load_ignoresOtherFilesHiddenFilesAndSubFolders() throws IOException {
        migration(dir, "0001_a.sql");
        write(dir, "shale.sum", "anything");
        write(dir, "README.md", "notes");
        write(dir, "0002_b.sql.bak", "old");
        write(dir, ".#0003_lock.sql", "editor lock");
        Files.createDirectories(dir.resolve("archive"));
        migration(dir.resolve("archive"), "0001_old.sql");
        migration(dir.resolve("archive"), "not a migration.sql");
        Files.createDirectories(dir.resolve("0009_folder.sql"));

        assertThat(loadSql().migrations()).extracting(Migration::script).containsExactly("0001_a.sql");
    }

    @Test
    void load_givesAnEmptySetForAnEmptyFolder() {
        assertThat(loadSql().isEmpty()).isTrue();
    }

    @Test
    void load_refusesAMissingFolder() {
        Path missing = dir.resolve("db/migrations");

        ShaleException e = catchThrowableOfType(ShaleException.class,
                () -> MigrationLoader.load(missing, List.of(), null));

        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATIONS_DIR_MISSING);
        assertThat(e.getMessage()).contains(missing.toString());
        assertThat(e.hint()).isEqualTo("run `shale init` or set `migrations:` in shale.yaml");
    }

    @Test
    void load_refusesAFileThatIsNotUtf8() throws IOException {
        Files.write(dir.resolve("0001_latin1.sql"),
                "-- migrate:up\nSELECT 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1));

        ShaleException e = loadFails();

        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_UNREADABLE);
        assertThat(e.getMessage()).contains("0001_latin1.sql", "UTF-8");
    }

    @Test
    void load_refusesAFileThatCannotBeRead() throws IOException {
        Files.createSymbolicLink(dir.resolve("0001_dangling.sql"), dir.resolve("nowhere.sql"));

        ShaleException e = loadFails();

        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_UNREADABLE);
        assertThat(e.getMessage()).contains("0001_dangling.sql");
    }

    @Test
    void load_reportsParserErrorsWithTheFile() {
        write(dir, "0001_bad.sql", "SELECT 1;\n-- migrate:up\n");

        ShaleException e = loadFails();

        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_CONTENT_OUTSIDE_SECTION);
        assertThat(e.getMessage()).contains(dir.resolve("0001_bad.sql").toAbsolutePath() + ", line 1:");
    }

    @Test
    void load_mergesJavaMigrationsIntoTheVersionOrder() {
        migration(dir, "0001_a.sql");
        migration(dir, "0005_e.sql");

        MigrationSet set = MigrationLoader.load(dir, List.of(JAVA_PACKAGE), getClass().getClassLoader());

        assertThat(set.migrations()).extracting(Migration::version, Migration::kind).containsExactly(
                tuple(1, MigrationKind.SQL),
                tuple(3, MigrationKind.JAVA),
                tuple(4, MigrationKind.JAVA),
                tuple(5, MigrationKind.SQL));
    }

    @Test
    void load_refusesAJavaMigrationAndASqlFileWithTheSameVersion() {
        migration(dir, "0003_backfill.sql");

        ShaleException e = catchThrowableOfType(ShaleException.class,
                () -> MigrationLoader.load(dir, List.of(JAVA_PACKAGE), getClass().getClassLoader()));

        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_DUPLICATE_VERSION);
        assertThat(e.getMessage()).contains("0003_backfill.sql", JAVA_PACKAGE + ".V0003_BackfillEmails");
    }

    @Test
    void load_readsThreeThousandFiles() {
        String body = "-- migrate:up\nALTER TABLE t ADD COLUMN c%d int;\n-- migrate:down\nALTER TABLE t DROP COLUMN c%d;\n";
        for (int i = 1; i <= 3000; i++) {
            write(dir, String.format("%04d_add_column_%d.sql", i, i), String.format(body, i, i));
        }

        MigrationSet set = loadSql();

        assertThat(set.migrations()).hasSize(3000);
        assertThat(set.latestVersion()).isEqualTo(3000);
    }
}
