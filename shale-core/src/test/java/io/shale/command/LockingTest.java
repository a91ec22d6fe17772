package io.shale.command;

import io.shale.command.migrate.RepairCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.run.Confirmation;
import io.shale.run.LockedSession;
import io.shale.run.MigrationContext;
import io.shale.run.MigrationListener;
import io.shale.run.Settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.AppliedMigration;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Migrators in separate processes: waiting for each other, and being killed part-way. */
class LockingTest {
    @TempDir
    Path dir;

    private static String sleep(Engine engine, String seconds) {
        return engine == Engine.POSTGRES ? "SELECT pg_sleep(" + seconds + ");" : "SELECT SLEEP(" + seconds + ");";
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void fourMigratorsAtOnce_applyEachMigrationExactlyOnce_andThreeWait(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            new Project(dir, db)
                    .migration(1, "slow", "CREATE TABLE runs (id int);\n" + sleep(engine, "5"), "DROP TABLE runs;")
                    .migration(2, "record", "INSERT INTO runs (id) VALUES (1);", "DELETE FROM runs;");
            List<MigratorProcess> migrators = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    migrators.add(new MigratorProcess(db, dir, 120));
                }
                List<Integer> exits = new ArrayList<>();
                for (MigratorProcess m : migrators) {
                    exits.add(m.waitFor(150));
                }
                List<String> output = migrators.stream().flatMap(m -> m.lines().stream()).toList();
                assertThat(exits).as(output.toString()).containsOnly(0);
                assertThat(output.stream().filter(l -> l.startsWith("APPLIED 2"))).hasSize(1);
                assertThat(output.stream().filter(l -> l.startsWith("APPLIED 0"))).hasSize(3);
                assertThat(output.stream().filter(l -> l.startsWith("WAITED"))).as(output.toString()).hasSize(3);
                assertThat(db.count("runs")).isEqualTo(1);
                assertThat(new Project(dir, db).shale().history()).extracting(AppliedMigration::version)
                        .containsExactly(1, 2);
            } finally {
                migrators.forEach(MigratorProcess::close);
            }
        }
    }

    @Test
    void createIndexConcurrently_inANoTransactionMigration_completesWhileShaleHoldsItsLock() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            Project project = new Project(dir, db)
                    .migration(1, "create_items", "CREATE TABLE items (id int PRIMARY KEY, name text);\n"
                            + "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 1000) g;", null)
                    .file("0002_index_items.sql", "-- shale:no-transaction\n-- migrate:up\n"
                            + "CREATE INDEX CONCURRENTLY items_name_idx ON items (name);\n"
                            + "-- migrate:down\nDROP INDEX CONCURRENTLY items_name_idx;\n");

            UpgradeCommand.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> project.shale().upgrade());

            assertThat(r.applied()).hasSize(2);
            assertThat(db.scalar("SELECT count(*) FROM pg_indexes WHERE indexname = 'items_name_idx'"))
                    .hasToString("1");
        }
    }

    @Test
    void postgres_migratorKilledMidMigration_leavesNoLockAndNothingOfTheFile() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            db.execute("CREATE TABLE sleep_control (seconds int)");
            db.execute("INSERT INTO sleep_control VALUES (120)");
            Project project = new Project(dir, db)
                    .migration(1, "a", "CREATE TABLE a (id int);", "DROP TABLE a;")
                    .migration(2, "b", "CREATE TABLE b (id int);\nSELECT pg_sleep((SELECT seconds FROM sleep_control));",
                            "DROP TABLE b;");
            try (MigratorProcess killed = new MigratorProcess(db, dir, 30)) {
                killed.awaitLine("STARTED 2", 60);
                Thread.sleep(300);
                killed.kill();
            }
            db.execute("UPDATE sleep_control SET seconds = 0");

            assertThat(db.tables()).contains("a").doesNotContain("b");
            UpgradeCommand.Result r = project.shale().upgrade();

            assertThat(r.applied()).extracting(UpgradeCommand.Applied::version).containsExactly(2);
            assertThat(project.shale().history()).extracting(AppliedMigration::version).containsExactly(1, 2);
            assertThat(project.shale().history()).allMatch(AppliedMigration::success);
        }
    }

    @Test
    void mariadb_migratorKilledMidMigration_leavesAFailedRecord_andRepairLetsTheNextRunFinish() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.MARIADB)) {
            db.execute("CREATE TABLE sleep_control (seconds int)");
            db.execute("INSERT INTO sleep_control VALUES (120)");
            Project project = new Project(dir, db)
                    .migration(1, "a", "CREATE TABLE a (id int);", "DROP TABLE a;")
                    .migration(2, "b", "CREATE TABLE b (id int);\nSELECT SLEEP((SELECT seconds FROM sleep_control));",
                            "DROP TABLE b;");
            try (MigratorProcess killed = new MigratorProcess(db, dir, 30)) {
                killed.awaitLine("STARTED 2", 60);
                Thread.sleep(300);
                killed.kill();
            }
            db.execute("UPDATE sleep_control SET seconds = 0");

            assertThatThrownBy(() -> project.shale().upgrade()).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.FAILED_MIGRATION_NEEDS_REPAIR);
                assertThat(e.getMessage()).contains("0002_b.sql").contains("did not finish");
            });
            RepairCommand.Result shown = project.shale().repair(new RepairCommand.Options(false, true, Confirmation.YES));
            assertThat(shown.failed()).extracting(AppliedMigration::version).containsExactly(2);

            db.execute("DROP TABLE b");
            project.shale().repair(new RepairCommand.Options(false, false, Confirmation.YES));
            UpgradeCommand.Result r = project.shale().upgrade();

            assertThat(r.applied()).extracting(UpgradeCommand.Applied::version).containsExactly(2);
            assertThat(project.shale().history()).allMatch(AppliedMigration::success);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void secondMigrator_timesOut_namingTheHolder(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Project project = new Project(dir, db).migration(1, "a", "CREATE TABLE a (id int);", "DROP TABLE a;");
            try (MigrationContext holder = MigrationContext.open(db.dataSource(), "test", project.shale().migrations(),
                    Settings.defaults("test"));
                 var held = LockedSession.open(holder, MigrationListener.NONE)) {
                var shale = io.shale.Shale.configure().dataSource(db.dataSource()).migrations(dir)
                        .lockTimeout(Duration.ofMillis(400)).load();
                assertThatThrownBy(shale::upgrade).isInstanceOfSatisfying(ShaleException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.LOCK_TIMEOUT);
                    assertThat(e.getMessage()).contains("held by");
                    assertThat(e.hint()).contains("--lock-timeout");
                });
            }
            assertThat(new Project(dir, db).shale().upgrade().applied()).hasSize(1);
        }
    }
}
