package io.shale.migration;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.shale.migration.MigrationFiles.migration;
import static io.shale.migration.MigrationFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MigrationWriterTest {
    @TempDir
    Path dir;

    private MigrationSet load() {
        return MigrationLoader.load(dir, List.of(), null);
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void create_startsAtOneInAnEmptyFolder() throws IOException {
        Path file = MigrationWriter.create(dir, "create users", "CREATE TABLE users (id int);", "DROP TABLE users;");

        assertThat(file).isEqualTo(dir.resolve("0001_create_users.sql"));
        assertThat(Files.readString(file))
                .isEqualTo("-- migrate:up\nCREATE TABLE users (id int);\n\n-- migrate:down\nDROP TABLE users;\n");
    }

    @Test
    void create_numbersAfterTheHighestVersionIgnoringGaps() {
        migration(dir, "0002_b.sql");
        migration(dir, "0007_g.sql");
        MigrationWriter.rehash(dir);

        assertThat(MigrationWriter.create(dir, "next", null, null).getFileName()).hasToString("0008_next.sql");
    }

    @Test
    void create_widensTheNumberPastFourDigits() {
        migration(dir, "9999_last.sql");
        MigrationWriter.rehash(dir);

        assertThat(MigrationWriter.create(dir, "more", null, null).getFileName()).hasToString("10000_more.sql");
    }

    @Test
    void create_countsJavaMigrationVersionsWhenGivenTheFullSet() {
        migration(dir, "0001_a.sql");
        MigrationWriter.rehash(dir);
        MigrationSet set = MigrationLoader.load(dir, List.of("io.shale.migration.fixtures.javamig"),
                getClass().getClassLoader());

        assertThat(MigrationWriter.create(set, "after java", null, null).getFileName()).hasToString("0005_after_java.sql");
    }

    @Test
    void create_writesEmptyLinesForMissingSections() throws IOException {
        Path file = MigrationWriter.create(dir, "empty", null, "  \n");

        assertThat(Files.readString(file)).isEqualTo("-- migrate:up\n\n\n-- migrate:down\n\n");
        Migration m = load().migrations().get(0);
        assertThat(m.hasDown()).isFalse();
        assertThat(((MigrationBody.Sql) m.body()).upLine()).isEqualTo(2);
    }

    @Test
    void create_trimsTrailingBlankLinesAndNormalisesLineEndings() throws IOException {
        Path file = MigrationWriter.create(dir, "crlf", "SELECT 1;\r\nSELECT 2;\r\n\r\n", "SELECT 3;\n\n\n");

        assertThat(Files.readString(file)).isEqualTo("-- migrate:up\nSELECT 1;\nSELECT 2;\n\n-- migrate:down\nSELECT 3;\n");
    }

    @Test
    void create_rewritesTheSumFileToIncludeTheNewFile() {
        migration(dir, "0001_a.sql");
        MigrationWriter.rehash(dir);

        MigrationWriter.create(dir, "b", "SELECT 1;", null);

        assertThat(SumFile.check(dir, load()).ok()).isTrue();
        assertThat(SumFile.compute(load().migrations()).lines()).extracting(SumFile.Line::fileName)
                .containsExactly("0001_a.sql", "0002_b.sql");
    }

    @Test
    void create_refusesWhenTheSumFileIsOutOfDate() throws IOException {
        migration(dir, "0001_a.sql");
        MigrationWriter.rehash(dir);
        write(dir, "0001_a.sql", "-- migrate:up\nSELECT 'edited';\n");

        ShaleException e = catchThrowableOfType(ShaleException.class,
                () -> MigrationWriter.create(dir, "b", null, null));

        assertThat(e.code()).isEqualTo(ErrorCode.SUM_FILE_MISMATCH);
        assertThat(fileNames()).containsExactly("0001_a.sql", "shale.sum");
    }

    @Test
    void create_refusesWhenTheSumFileIsMissingButFilesExist() {
        migration(dir, "0001_a.sql");

        ShaleException e = catchThrowableOfType(ShaleException.class,
                () -> MigrationWriter.create(dir, "b", null, null));

        assertThat(e.code()).isEqualTo(ErrorCode.SUM_FILE_MISSING);
    }

    @Test
    void create_refusesToOverwriteAnExistingFile() throws IOException {
        migration(dir, "0001_a.sql");
        MigrationWriter.rehash(dir);
        MigrationSet stale = load();
        Path existing = write(dir, "0002_b.sql", "-- migrate:up\nSELECT 'keep me';\n");

        ShaleException e = catchThrowableOfType(ShaleException.class,
                () -> MigrationWriter.create(stale, "b", "SELECT 'new';", null));

        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_DUPLICATE_VERSION);
        assertThat(e.getMessage()).contains(existing.toString(), "already exists");
        assertThat(Files.readString(existing)).isEqualTo("-- migrate:up\nSELECT 'keep me';\n");
    }

    @Test
    void create_refusesSqlThatWouldMakeAnInvalidFile() throws IOException {
        ShaleException e = catchThrowableOfType(ShaleException.class,
                () -> MigrationWriter.create(dir, "bad", "-- shale:no-transacton\nSELECT 1;", null));

        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_UNKNOWN_DIRECTIVE);
        assertThat(fileNames()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "create users                  | create_users",
            "Add Email to Users!           | add_email_to_users",
            "  --add   email--  to users__ | add_email_to_users",
            "café crème                    | cafe_creme",
            "v2.1 hotfix                   | v2_1_hotfix",
            "2024 cleanup                  | 2024_cleanup",
            "ÜBER_Table                    | uber_table"})
    void slugify_makesALowerCaseSlug(String message, String slug) {
        assertThat(MigrationFileName.slugify(message)).isEqualTo(slug);
    }

    @Test
    void slugify_cutsAtSixtyCharactersWithoutATrailingUnderscore() {
        String slug = MigrationFileName.slugify("a".repeat(59) + " and more words");

        assertThat(slug).isEqualTo("a".repeat(59));
        assertThat(MigrationFileName.slugify("b".repeat(100))).hasSize(60);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "!!!", "---", "日本語"})
    void create_refusesAMessageWithoutLettersOrDigits(String message) throws IOException {
        ShaleException e = catchThrowableOfType(ShaleException.class,
                () -> MigrationWriter.create(dir, message, null, null));

        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_BAD_NAME);
        assertThat(e.getMessage()).contains("\"" + message + "\"");
        assertThat(e.hint()).contains("add email to users");
        assertThat(fileNames()).isEmpty();
    }

    @Test
    void rehash_writesAMissingSumFileAndReportsIt() {
        migration(dir, "0001_a.sql");

        MigrationWriter.HashResult result = MigrationWriter.rehash(dir);

        assertThat(result.changed()).isTrue();
        assertThat(result.before()).isEqualTo(new SumFileCheck.Missing(dir.resolve("shale.sum")));
        assertThat(SumFile.check(dir, load()).ok()).isTrue();
    }

    @Test
    void rehash_leavesAnUpToDateSumFileAlone() throws IOException {
        migration(dir, "0001_a.sql");
        MigrationWriter.rehash(dir);
        Files.setLastModifiedTime(dir.resolve("shale.sum"), java.nio.file.attribute.FileTime.fromMillis(0));

        MigrationWriter.HashResult result = MigrationWriter.rehash(dir);

        assertThat(result.changed()).isFalse();
        assertThat(Files.getLastModifiedTime(dir.resolve("shale.sum")).toMillis()).isZero();
    }

    @Test
    void rehash_reportsWhichFilesChanged() {
        migration(dir, "0001_a.sql");
        migration(dir, "0002_b.sql");
        MigrationWriter.rehash(dir);
        write(dir, "0001_a.sql", "-- migrate:up\nSELECT 'edited';\n");
        migration(dir, "0003_c.sql");

        MigrationWriter.HashResult result = MigrationWriter.rehash(dir);

        assertThat(result.before()).isEqualTo(new SumFileCheck.Mismatch(dir.resolve("shale.sum"), "0001_a.sql",
                List.of("0001_a.sql"), List.of("0003_c.sql"), List.of()));
        assertThat(SumFile.check(dir, load()).ok()).isTrue();
    }
}
