package io.shale.command;

import io.shale.command.migrate.RepairCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.run.Confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.AppliedMigration;
import io.shale.history.MigrationState;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migration that fails part-way: engines with transactional DDL keep nothing of it; the others
 * (MySQL/MariaDB, H2) keep a failed record naming the statement, refuse to go on, and recover
 * through {@code repair}.
 */
class FailureScenarioTest {
    @TempDir
    Path dir;

    private static Project failingSecond(Path dir, TestDatabase db) {
        return new Project(dir, db)
                .migration(1, "create_users", "CREATE TABLE users (id int PRIMARY KEY);", "DROP TABLE users;")
                .migration(2, "broken", "CREATE TABLE audit (id int PRIMARY KEY);\n"
                        + "INSERT INTO audit (id) VALUES (1);\n"
                        + "INSERT INTO no_such_table (id) VALUES (1);", "DROP TABLE audit;");
    }

    private static boolean transactionalDdl(Engine engine) {
        return engine == Engine.POSTGRES || engine == Engine.SQLITE;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void failingMigration_namesFileLineAndStatement_andKeepsEarlierMigrations(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Project project = failingSecond(dir, db);

            assertThatThrownBy(() -> project.shale().upgrade()).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
                assertThat(e.getMessage()).contains("0002_broken.sql line 4").contains("statement 3 of 3")
                        .containsIgnoringCase("no_such_table");
            });

            assertThat(db.tables()).contains("users");
            List<AppliedMigration> history = project.shale().history();
            if (transactionalDdl(engine)) {
                assertThat(db.tables()).doesNotContain("audit");
                assertThat(history).extracting(AppliedMigration::version).containsExactly(1);
            } else {
                assertThat(db.tables()).contains("audit");
                assertThat(history).extracting(AppliedMigration::version).containsExactly(1, 2);
                AppliedMigration failed = history.get(1);
                assertThat(failed.success()).isFalse();
                assertThat(failed.error()).contains("after 2 statement(s) took effect").contains("line 4");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"MARIADB", "H2"})
    void failedRecord_blocksUpgradeUntilRepair_thenTheFixedFileCompletes(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Project project = failingSecond(dir, db);
            assertThatThrownBy(() -> project.shale().upgrade()).isInstanceOf(ShaleException.class);

            assertThatThrownBy(() -> project.shale().upgrade()).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.FAILED_MIGRATION_NEEDS_REPAIR);
                assertThat(e.hint()).contains("shale repair");
            });
            assertThat(project.shale().status().entries().get(1).state()).isEqualTo(MigrationState.FAILED);

            RepairCommand.Result preview = project.shale().repair(new RepairCommand.Options(false, true, Confirmation.YES));
            assertThat(preview.failed()).extracting(AppliedMigration::version).containsExactly(2);
            assertThat(preview.changed()).isFalse();
            assertThat(project.shale().history()).hasSize(2);

            db.execute("DROP TABLE audit");
            RepairCommand.Result repaired = project.shale().repair(new RepairCommand.Options(false, false, Confirmation.YES));
            assertThat(repaired.changed()).isTrue();
            project.migration(2, "broken", "CREATE TABLE audit (id int PRIMARY KEY);\nINSERT INTO audit (id) VALUES (1);",
                    "DROP TABLE audit;");

            UpgradeCommand.Result result = project.shale().upgrade();
            assertThat(result.applied()).extracting(UpgradeCommand.Applied::version).containsExactly(2);
            assertThat(db.count("audit")).isEqualTo(1);
            assertThat(project.shale().history()).allMatch(AppliedMigration::success);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void failureInTheFirstStatement_leavesNoRecordAnywhere(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Project project = new Project(dir, db)
                    .migration(1, "bad", "INSERT INTO no_such_table (id) VALUES (1);", null);

            assertThatThrownBy(() -> project.shale().upgrade()).isInstanceOfSatisfying(ShaleException.class, e -> {
                if (transactionalDdl(engine)) {
                    assertThat(e.hint()).contains("nothing of this migration was applied");
                } else {
                    assertThat(e.getMessage()).contains("no statement of this run took effect");
                    assertThat(e.hint()).doesNotContain("transaction");
                }
            });
            assertThat(project.shale().history()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void repair_withNothingToRepair_saysSo(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Project project = new Project(dir, db).migration(1, "a", "CREATE TABLE a (id int);", "DROP TABLE a;");
            project.shale().upgrade();

            assertThatThrownBy(() -> project.shale().repair(new RepairCommand.Options(false, false, Confirmation.YES)))
                    .isInstanceOfSatisfying(ShaleException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.NOTHING_TO_REPAIR));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void repairChecksums_acceptsAnEditedAppliedFile(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Project project = new Project(dir, db).migration(1, "a", "CREATE TABLE a (id int);", "DROP TABLE a;");
            project.shale().upgrade();
            project.migration(1, "a", "-- a harmless comment\nCREATE TABLE a (id int);", "DROP TABLE a;");
            assertThat(project.shale().status().hasProblems()).isTrue();

            RepairCommand.Result r = project.shale().repair(new RepairCommand.Options(true, false, Confirmation.YES));

            assertThat(r.checksumMismatches()).hasSize(1);
            assertThat(project.shale().status().upToDate()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "SQLITE"})
    void singleTransaction_rollsBackTheWholeRun(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Project project = failingSecond(dir, db);

            assertThatThrownBy(() -> project.shale().upgrade(new UpgradeCommand.Options(null, false, true)))
                    .isInstanceOf(ShaleException.class);

            assertThat(project.shale().history()).isEmpty();
            assertThat(db.tables()).doesNotContain("users", "audit");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"MARIADB", "H2"})
    void singleTransaction_isRefusedWhereDdlCommitsImplicitly(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Project project = failingSecond(dir, db);

            assertThatThrownBy(() -> project.shale().upgrade(new UpgradeCommand.Options(null, false, true)))
                    .isInstanceOfSatisfying(ShaleException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.USAGE));
            assertThat(db.tables()).doesNotContain("users");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void staleSumFile_isRefusedBeforeAnythingRuns(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Project project = new Project(dir, db).migration(1, "a", "CREATE TABLE a (id int);", "DROP TABLE a;");
            java.nio.file.Files.writeString(dir.resolve("0002_b.sql"), "-- migrate:up\nCREATE TABLE b (id int);\n");

            assertThatThrownBy(() -> project.shale().upgrade()).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.SUM_FILE_MISMATCH);
                assertThat(e.hint()).contains("shale hash");
            });
            assertThat(db.tables()).isEmpty();
        }
    }
}
