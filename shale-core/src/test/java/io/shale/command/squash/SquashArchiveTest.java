package io.shale.command.squash;

import static io.shale.command.squash.SquashCommandTest.catalog;
import static io.shale.command.squash.SquashCommandTest.rows;
import static io.shale.command.squash.SquashCommandTest.shale;
import static io.shale.command.squash.SquashCommandTest.squash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.command.history.StatusCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.command.history.ValidateCommand;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.AppliedMigration;
import io.shale.migration.MigrationArchive;
import io.shale.migration.MigrationLoader;
import io.shale.migration.SumFile;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code upgrade --include-archive}: a database part-way through the history that a squash replaced
 * reaches the latest version through the archived files, and ends equal (catalog and rows) to a
 * fresh database built from the baseline. The history is {@link SquashHistory}: reference rows
 * inserted by 2 and reshaped by 3, squashed through 3, with 4 after it.
 */
class SquashArchiveTest {
    private static final UpgradeCommand.Options WITH_ARCHIVE = new UpgradeCommand.Options(null, false, false, true);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void includeArchive_databaseBelowTheBaselineReachesTheLatest_equalToOneBuiltFromTheBaseline(Engine engine)
            throws Exception {
        Path migrations = dir.resolve("migrations");
        SquashHistory.write(engine, migrations);
        try (TestDatabase atOne = TestDatabases.create(engine); TestDatabase atTwo = TestDatabases.create(engine);
             TestDatabase fresh = TestDatabases.create(engine)) {
            shale(atOne, migrations).upgrade(new UpgradeCommand.Options(1, false, false));
            shale(atTwo, migrations).upgrade(new UpgradeCommand.Options(2, false, false));
            String original3 = MigrationLoader.load(migrations, List.of(), null).find(3).orElseThrow().checksum();

            squash(atOne, migrations, 3);
            assertThat(Files.exists(MigrationArchive.folder(migrations).resolve(SumFile.FILE_NAME))).isTrue();

            assertThatThrownBy(() -> shale(atOne, migrations).upgrade())
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.BELOW_SQUASH_BASELINE);
                        assertThat(e.getMessage()).contains("at version 1", "0003_baseline.sql", "versions 2 to 3");
                        assertThat(e.hint()).contains("shale upgrade --include-archive", "shale reset");
                    });
            StatusCommand.Result status = shale(atOne, migrations).status();
            assertThat(status.belowBaseline()).map(e -> e.script()).contains("0003_baseline.sql");
            assertThat(status.hasProblems()).isTrue();
            assertThat(shale(atOne, migrations).validate().problems()).extracting(ValidateCommand.Problem::code)
                    .containsExactly("BELOW_SQUASH_BASELINE");

            assertThat(shale(atOne, migrations).upgrade(new UpgradeCommand.Options(2, false, false, true)).applied())
                    .extracting(UpgradeCommand.Applied::script).containsExactly("0002_reference_rows.sql");
            UpgradeCommand.Result one = shale(atOne, migrations).upgrade(WITH_ARCHIVE);
            UpgradeCommand.Result two = shale(atTwo, migrations).upgrade(WITH_ARCHIVE);
            shale(fresh, migrations).upgrade();

            assertThat(one.applied()).extracting(UpgradeCommand.Applied::script)
                    .containsExactly("0003_reshape_rows.sql", "0004_add_note.sql");
            assertThat(two.applied()).extracting(UpgradeCommand.Applied::version).containsExactly(3, 4);
            assertThat(history(atOne, migrations, 3).checksum()).isEqualTo(original3);
            for (TestDatabase db : List.of(atOne, atTwo)) {
                StatusCommand.Result after = shale(db, migrations).status();
                assertThat(after.upToDate()).as(db.toString()).isTrue();
                assertThat(after.belowBaseline()).isEmpty();
                assertThat(shale(db, migrations).validate().ok()).isTrue();
                assertThat(shale(db, migrations).upgrade().applied()).isEmpty();
                assertThat(catalog(db)).isEqualTo(catalog(fresh));
                assertThat(rows(db).differences(rows(fresh))).as(db.toString()).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void includeArchive_changesNothingForADatabaseAtTheBaselineOrEmpty_evenWithoutAnArchive(Engine engine)
            throws Exception {
        Path migrations = dir.resolve("migrations");
        SquashHistory.write(engine, migrations);
        try (TestDatabase atThree = TestDatabases.create(engine); TestDatabase empty = TestDatabases.create(engine)) {
            shale(atThree, migrations).upgrade(new UpgradeCommand.Options(3, false, false));
            squash(atThree, migrations, 3);
            deleteTree(MigrationArchive.folder(migrations));

            assertThat(shale(atThree, migrations).upgrade(WITH_ARCHIVE).applied())
                    .extracting(UpgradeCommand.Applied::version).containsExactly(4);
            assertThat(shale(empty, migrations).upgrade(WITH_ARCHIVE).applied())
                    .extracting(UpgradeCommand.Applied::script).containsExactly("0003_baseline.sql", "0004_add_note.sql");
            assertThat(catalog(atThree)).isEqualTo(catalog(empty));
            assertThat(rows(atThree).differences(rows(empty))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void includeArchive_anEditedArchivedFileIsCaught_bySumAndByTheAppliedChecksum(Engine engine) throws Exception {
        Path migrations = dir.resolve("migrations");
        SquashHistory.write(engine, migrations);
        try (TestDatabase db = TestDatabases.create(engine)) {
            shale(db, migrations).upgrade(new UpgradeCommand.Options(2, false, false));
            squash(db, migrations, 3);
            Path archived = MigrationArchive.folder(migrations).resolve("0001_schema.sql");
            Files.writeString(archived, Files.readString(archived) + "\n-- edited after it ran\n");

            assertThatThrownBy(() -> shale(db, migrations).upgrade(WITH_ARCHIVE))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.SUM_FILE_MISMATCH);
                        assertThat(e.getMessage()).contains("archive", "0001_schema.sql");
                    });

            assertThat(MigrationArchive.rehash(migrations)).hasValueSatisfying(r -> assertThat(r.changed()).isTrue());
            assertThatThrownBy(() -> shale(db, migrations).upgrade(WITH_ARCHIVE))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH);
                        assertThat(e.getMessage()).contains(archived.toString(), "version 1");
                    });
            assertThat(shale(db, migrations).status().currentVersion()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "SQLITE"})
    void includeArchive_missingArchiveOrArchiveSum_isAClearError(Engine engine) throws Exception {
        Path migrations = dir.resolve("migrations");
        SquashHistory.write(engine, migrations);
        try (TestDatabase db = TestDatabases.create(engine)) {
            shale(db, migrations).upgrade(new UpgradeCommand.Options(1, false, false));
            squash(db, migrations, 3);
            Path archive = MigrationArchive.folder(migrations);
            Path moved = dir.resolve("elsewhere");
            Files.move(archive, moved);

            assertThatThrownBy(() -> shale(db, migrations).upgrade(WITH_ARCHIVE))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.MIGRATIONS_DIR_MISSING);
                        assertThat(e.getMessage()).contains(archive.toString(), "at version 1", "versions 2 to 3");
                        assertThat(e.hint()).contains("version control", "shale reset");
                    });

            Files.move(moved, archive);
            Files.delete(archive.resolve(SumFile.FILE_NAME));
            assertThatThrownBy(() -> shale(db, migrations).upgrade(WITH_ARCHIVE))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.SUM_FILE_MISSING);
                        assertThat(e.getMessage()).contains(archive.resolve(SumFile.FILE_NAME).toString());
                        assertThat(e.hint()).contains("shale hash");
                    });
            assertThat(shale(db, migrations).status().currentVersion()).isEqualTo(1);

            MigrationArchive.rehash(migrations);
            assertThat(shale(db, migrations).upgrade(WITH_ARCHIVE).toVersion()).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "SQLITE"})
    void includeArchive_afterTwoSquashes_originalsOrTheEarlierBaseline_whicheverTheDatabaseApplied(Engine engine)
            throws Exception {
        Path migrations = dir.resolve("migrations");
        SquashHistory.write(engine, migrations);
        try (TestDatabase fromOriginals = TestDatabases.create(engine);
             TestDatabase fromFirstBaseline = TestDatabases.create(engine);
             TestDatabase fresh = TestDatabases.create(engine)) {
            shale(fromOriginals, migrations).upgrade(new UpgradeCommand.Options(1, false, false));
            squash(fromOriginals, migrations, 2);
            shale(fromFirstBaseline, migrations).upgrade(new UpgradeCommand.Options(2, false, false));
            squash(fromOriginals, migrations, 3);
            try (Stream<Path> files = Files.list(MigrationArchive.folder(migrations))) {
                assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                        "0001_schema.sql", "0002_baseline.sql", "0002_reference_rows.sql", "0003_reshape_rows.sql",
                        "shale.sum");
            }

            assertThat(shale(fromOriginals, migrations).upgrade(WITH_ARCHIVE).applied())
                    .extracting(UpgradeCommand.Applied::script)
                    .containsExactly("0002_reference_rows.sql", "0003_reshape_rows.sql", "0004_add_note.sql");
            assertThat(shale(fromFirstBaseline, migrations).upgrade(WITH_ARCHIVE).applied())
                    .extracting(UpgradeCommand.Applied::script)
                    .containsExactly("0003_reshape_rows.sql", "0004_add_note.sql");
            shale(fresh, migrations).upgrade();
            for (TestDatabase db : List.of(fromOriginals, fromFirstBaseline)) {
                assertThat(shale(db, migrations).status().upToDate()).isTrue();
                assertThat(catalog(db)).isEqualTo(catalog(fresh));
                assertThat(rows(db).differences(rows(fresh))).as(db.toString()).isEmpty();
            }
        }
    }

    private static AppliedMigration history(TestDatabase db, Path migrations, int version) {
        return shale(db, migrations).history().stream().filter(r -> r.version() == version).findFirst().orElseThrow();
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
