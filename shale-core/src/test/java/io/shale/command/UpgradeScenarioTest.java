package io.shale.command;

import io.shale.command.history.StatusCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.run.Direction;
import io.shale.run.MigrationListener;
import io.shale.run.Settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.Shale;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.AppliedMigration;
import io.shale.history.MigrationState;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Upgrade, status and history against each real engine. */
class UpgradeScenarioTest {
    @TempDir
    Path dir;

    private static Project twoMigrations(Path dir, TestDatabase db) {
        return new Project(dir, db)
                .migration(1, "create_users", "CREATE TABLE users (id int PRIMARY KEY, name varchar(50) NOT NULL);",
                        "DROP TABLE users;")
                .migration(2, "create_roles", "CREATE TABLE roles (code varchar(20) PRIMARY KEY);\n"
                        + "INSERT INTO roles (code) VALUES ('admin');\nINSERT INTO roles (code) VALUES ('member');",
                        "DROP TABLE roles;");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void upgrade_appliesPendingMigrationsInOrderAndRecordsEach(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Shale shale = twoMigrations(dir, db).shale();

            UpgradeCommand.Result result = shale.upgrade();

            assertThat(result.fromVersion()).isZero();
            assertThat(result.toVersion()).isEqualTo(2);
            assertThat(result.applied()).extracting(UpgradeCommand.Applied::script)
                    .containsExactly("0001_create_users.sql", "0002_create_roles.sql");
            assertThat(db.count("roles")).isEqualTo(2);
            List<AppliedMigration> history = shale.history();
            assertThat(history).extracting(AppliedMigration::version).containsExactly(1, 2);
            assertThat(history).allSatisfy(h -> {
                assertThat(h.success()).isTrue();
                assertThat(h.kind()).isEqualTo("SQL");
                assertThat(h.checksum()).hasSize(64);
                assertThat(h.appliedAt()).isNotNull();
                assertThat(h.error()).isNull();
            });
            assertThat(history.get(0).checksum()).isEqualTo(shale.migrations().find(1).orElseThrow().checksum());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void upgrade_secondRunHasNothingToDo(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Shale shale = twoMigrations(dir, db).shale();
            shale.upgrade();

            UpgradeCommand.Result again = shale.upgrade();

            assertThat(again.applied()).isEmpty();
            assertThat(again.fromVersion()).isEqualTo(2);
            assertThat(again.toVersion()).isEqualTo(2);
            assertThat(shale.history()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void upgrade_toTargetStopsThere_andStatusListsTheRestAsPending(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Shale shale = twoMigrations(dir, db).shale();

            shale.upgrade(new UpgradeCommand.Options(1, false, false));

            StatusCommand.Result status = shale.status();
            assertThat(status.currentVersion()).isEqualTo(1);
            assertThat(status.latestVersion()).isEqualTo(2);
            assertThat(status.entries()).extracting(e -> e.state())
                    .containsExactly(MigrationState.APPLIED, MigrationState.PENDING);
            assertThat(status.upToDate()).isFalse();
            assertThat(status.hasProblems()).isFalse();
            assertThat(status.environment()).isEqualTo("development");
            assertThat(db.tables()).doesNotContain("roles");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void upgrade_toUnknownOrPastVersion_isRefused(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Shale shale = twoMigrations(dir, db).shale();
            assertThatThrownBy(() -> shale.upgrade(new UpgradeCommand.Options(7, false, false)))
                    .isInstanceOfSatisfying(ShaleException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.TARGET_INVALID));
            shale.upgrade();
            assertThatThrownBy(() -> shale.upgrade(new UpgradeCommand.Options(1, false, false)))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.TARGET_INVALID);
                        assertThat(e.hint()).contains("downgrade --to 1");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void status_onAnEmptyDatabase_createsNothing(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            StatusCommand.Result status = twoMigrations(dir, db).shale().status();

            assertThat(status.historyTableExists()).isFalse();
            assertThat(status.currentVersion()).isZero();
            assertThat(status.count(MigrationState.PENDING)).isEqualTo(2);
            assertThat(db.tables()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void upgrade_refusesAnEditedAppliedMigration_andChangesNothing(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Project project = twoMigrations(dir, db);
            project.shale().upgrade(new UpgradeCommand.Options(1, false, false));
            project.migration(1, "create_users", "CREATE TABLE users (id int PRIMARY KEY, nick varchar(9));",
                    "DROP TABLE users;");

            assertThatThrownBy(() -> project.shale().upgrade())
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH);
                        assertThat(e.getMessage()).contains("0001_create_users.sql");
                        assertThat(e.hint()).contains("shale new");
                    });
            assertThat(db.tables()).doesNotContain("roles");
            assertThat(project.shale().status().entries().get(0).state()).isEqualTo(MigrationState.CHECKSUM_MISMATCH);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void upgrade_refusesWhenAnAppliedFileWasDeleted_orTheDatabaseIsAhead(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Project project = twoMigrations(dir, db);
            project.shale().upgrade();
            project.migration(3, "later", "CREATE TABLE later (id int);", "DROP TABLE later;");

            project.delete("0002_create_roles.sql");
            assertThatThrownBy(() -> project.shale().upgrade()).isInstanceOfSatisfying(ShaleException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.APPLIED_MIGRATION_MISSING));

            project.delete("0003_later.sql");
            assertThatThrownBy(() -> project.shale().upgrade()).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.DATABASE_AHEAD);
                assertThat(e.getMessage()).contains("version 2").contains("newest migration");
            });
            assertThat(db.tables()).doesNotContain("later");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void upgrade_refusesAFileNumberedBelowTheCurrentVersion(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Project project = new Project(dir, db)
                    .migration(1, "a", "CREATE TABLE a (id int);", "DROP TABLE a;")
                    .migration(3, "c", "CREATE TABLE c (id int);", "DROP TABLE c;");
            project.shale().upgrade();
            project.migration(2, "b", "CREATE TABLE b (id int);", "DROP TABLE b;");

            assertThatThrownBy(() -> project.shale().upgrade()).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_ORDER_MIGRATION);
                assertThat(e.getMessage()).contains("0002_b.sql");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void upgrade_dryRun_printsTheExactScriptAndChangesNothing(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Shale shale = twoMigrations(dir, db).shale();

            UpgradeCommand.Result result = shale.upgrade(new UpgradeCommand.Options(null, true, false));

            String script = String.join("\n", result.script());
            assertThat(script).contains("CREATE TABLE IF NOT EXISTS shale_history")
                    .contains("-- 0001_create_users.sql")
                    .contains("CREATE TABLE users (id int PRIMARY KEY, name varchar(50) NOT NULL);")
                    .contains("INSERT INTO roles (code) VALUES ('member');");
            String insert = "INSERT INTO shale_history (version, name, checksum, kind, applied_at, applied_by, "
                    + "execution_ms, success";
            if (engine == Engine.MARIADB || engine == Engine.H2) {
                // DDL commits implicitly: like the run, the script traces each file (an in-progress row, then success)
                assertThat(script).contains(insert + ", error) VALUES (2, 'create_roles'")
                        .contains("UPDATE shale_history SET success = TRUE, error = NULL, execution_ms = 0 WHERE version = 2;");
            } else {
                assertThat(script).contains(insert + ") VALUES (2, 'create_roles'");
            }
            assertThat(script.indexOf("CREATE TABLE users")).isLessThan(script.indexOf("CREATE TABLE roles"));
            assertThat(result.applied()).isEmpty();
            assertThat(db.tables()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void upgrade_recordsTheEnvironmentInTheMetaTable(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            twoMigrations(dir, db).environment("staging").shale().upgrade();

            assertThat(db.scalar("SELECT meta_value FROM shale_meta WHERE meta_key = 'environment'")).isEqualTo("staging");
            assertThat(db.scalar("SELECT meta_value FROM shale_meta WHERE meta_key = 'tool_version'"))
                    .isEqualTo(Settings.TOOL_VERSION);
            assertThat(db.scalar("SELECT meta_value FROM shale_meta WHERE meta_key = 'created_at'")).isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void upgrade_tellsTheListenerAboutEachMigration(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            List<String> events = new ArrayList<>();
            MigrationListener listener = new MigrationListener() {
                @Override
                public void planned(Direction direction, List<io.shale.migration.Migration> migrations) {
                    events.add("planned " + migrations.size());
                }

                @Override
                public void started(Direction direction, io.shale.migration.Migration m) {
                    events.add("start " + m.version());
                }

                @Override
                public void finished(Direction direction, io.shale.migration.Migration m, java.time.Duration took) {
                    events.add("done " + m.version());
                }
            };
            twoMigrations(dir, db).shale(listener).upgrade();

            assertThat(events).containsExactly("planned 2", "start 1", "done 1", "start 2", "done 2");
        }
    }
}
