package io.shale.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.command.migrate.RepairCommand;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.AppliedMigration;
import io.shale.history.MigrationState;
import io.shale.run.Confirmation;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where DDL commits by itself (MariaDB), a failure message says which statements of the file took
 * effect and never claims a transaction; {@code repair --mark-applied} records such a migration as
 * applied once the rest was done by hand.
 */
class NonTransactionalFailureTest {
    @TempDir
    Path dir;

    @Test
    void failurePartWay_listsTheStatementsThatTookEffect_andClaimsNoTransaction() {
        try (TestDatabase db = TestDatabases.create(Engine.MARIADB)) {
            Project project = new Project(dir, db).migration(1, "audit", "CREATE TABLE audit (id int PRIMARY KEY);\n"
                    + "CREATE TABLE audit_log (id int PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);", null);
            assertThatThrownBy(() -> project.shale().upgrade()).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
                assertThat(e.getMessage()).contains("these statements of the file took effect")
                        .contains("line 2: CREATE TABLE audit (id int PRIMARY KEY)")
                        .contains("line 3: CREATE TABLE audit_log (id int PRIMARY KEY)")
                        .doesNotContain("transaction");
                assertThat(e.hint()).doesNotContain("transaction").contains("shale repair");
            });
        }
    }

    @Test
    void migratorKilledMidFile_thenRepair_thenTheFailureTellsTheTruth_andMarkAppliedRecordsIt() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.MARIADB)) {
            Project project = new Project(dir, db).migration(1, "audit", "CREATE TABLE audit (id int PRIMARY KEY);\n"
                    + "SELECT SLEEP(60);\nCREATE TABLE audit_log (id int PRIMARY KEY);", null);
            try (MigratorProcess migrator = new MigratorProcess(db, dir, 30)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!db.tables().contains("audit") && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(db.tables()).as("the first statement committed").contains("audit");
                migrator.kill();
            }
            assertThat(project.shale().status().entries().get(0).state()).isEqualTo(MigrationState.FAILED);
            project.shale().repair(new RepairCommand.Options(false, false, Confirmation.YES));

            assertThatThrownBy(() -> project.shale().upgrade()).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.getMessage()).contains("0001_audit.sql line 2").contains("no statement of this run took effect")
                        .contains("earlier, interrupted run").doesNotContain("ran in a transaction");
                assertThat(e.hint()).doesNotContain("transaction").contains("shale repair --mark-applied");
            });

            db.execute("CREATE TABLE audit_log (id int PRIMARY KEY)");
            RepairCommand.Result marked = project.shale().repair(
                    new RepairCommand.Options(false, false, Confirmation.YES, 1));
            assertThat(marked.markedApplied()).isEqualTo(1);
            assertThat(project.shale().history()).extracting(AppliedMigration::version, AppliedMigration::success)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true));
            assertThat(project.shale().status().entries().get(0).state()).isEqualTo(MigrationState.APPLIED);
            assertThat(project.shale().upgrade().applied()).isEmpty();
        }
    }

    @Test
    void markApplied_isRefusedWithoutConfirmation_andForAnAppliedVersion() {
        try (TestDatabase db = TestDatabases.create(Engine.MARIADB)) {
            Project project = new Project(dir, db).migration(1, "a", "CREATE TABLE a (id int);", null);
            project.shale().upgrade();
            assertThatThrownBy(() -> project.shale().repair(new RepairCommand.Options(false, false, Confirmation.YES, 1)))
                    .isInstanceOfSatisfying(ShaleException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.TARGET_INVALID));
            project.migration(2, "b", "CREATE TABLE b (id int);", null);
            assertThatThrownBy(() -> project.shale().repair(new RepairCommand.Options(false, false, Confirmation.NONE, 2)))
                    .isInstanceOfSatisfying(ShaleException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIRMATION_REQUIRED));
            assertThat(project.shale().history()).extracting(AppliedMigration::version).containsExactly(1);
        }
    }
}
