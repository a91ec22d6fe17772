package io.shale.command;

import io.shale.command.migrate.DowngradeCommand;
import io.shale.command.migrate.StampCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.run.Confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.Shale;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.AppliedMigration;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Downgrade, stamp and the destructive-command guard against each real engine. */
class DowngradeScenarioTest {
    @TempDir
    Path dir;

    private static Project three(Path dir, TestDatabase db) {
        return new Project(dir, db)
                .migration(1, "a", "CREATE TABLE a (id int PRIMARY KEY);", "DROP TABLE a;")
                .migration(2, "b", "CREATE TABLE b (id int PRIMARY KEY);", "DROP TABLE b;")
                .migration(3, "c", "CREATE TABLE c (id int PRIMARY KEY);", "DROP TABLE c;");
    }

    private static DowngradeCommand.Options steps(Integer steps) {
        return new DowngradeCommand.Options(null, steps, false, Confirmation.YES);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void downgrade_revertsTheLastMigrationByDefault_thenStepsAndTarget(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Shale shale = three(dir, db).shale();
            shale.upgrade();

            DowngradeCommand.Result one = shale.downgrade(steps(null));
            assertThat(one.reverted()).extracting(UpgradeCommand.Applied::version).containsExactly(3);
            assertThat(one.toVersion()).isEqualTo(2);
            assertThat(db.tables()).contains("a", "b").doesNotContain("c");

            shale.upgrade();
            DowngradeCommand.Result two = shale.downgrade(steps(2));
            assertThat(two.reverted()).extracting(UpgradeCommand.Applied::version).containsExactly(3, 2);

            DowngradeCommand.Result all = shale.downgrade(new DowngradeCommand.Options(0, null, false, Confirmation.YES));
            assertThat(all.toVersion()).isZero();
            assertThat(db.tables()).containsOnly("shale_history", "shale_meta");
            assertThat(shale.history()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void downgrade_refusesWhenAMigrationHasNoDownSection_andRevertsNothing(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Project project = three(dir, db).migration(2, "b", "CREATE TABLE b (id int PRIMARY KEY);", null);
            project.shale().upgrade();

            assertThatThrownBy(() -> project.shale().downgrade(steps(2))).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.NO_DOWN_SECTION);
                assertThat(e.getMessage()).contains("0002_b.sql");
            });
            assertThat(project.shale().history()).hasSize(3);
            assertThat(db.tables()).contains("c");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void downgrade_dryRun_printsTheDownSqlAndChangesNothing(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Shale shale = three(dir, db).shale();
            shale.upgrade();

            DowngradeCommand.Result r = shale.downgrade(new DowngradeCommand.Options(1, null, true, Confirmation.NONE));

            String script = String.join("\n", r.script());
            assertThat(script.indexOf("DROP TABLE c;")).isLessThan(script.indexOf("DROP TABLE b;"));
            assertThat(script).contains("DELETE FROM shale_history WHERE version = 3");
            assertThat(shale.history()).hasSize(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void downgrade_withoutConfirmation_isRefused(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Shale shale = three(dir, db).shale();
            shale.upgrade();

            assertThatThrownBy(() -> shale.downgrade(new DowngradeCommand.Options(null, 1, false, Confirmation.NONE)))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.CONFIRMATION_REQUIRED);
                        assertThat(e.hint()).contains("--confirm");
                    });
            assertThat(shale.history()).hasSize(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void downgrade_inAStoredProductionEnvironment_needsAllowProtectedAndTheName(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Project project = three(dir, db).environment("production");
            project.shale().upgrade();
            String name = project.shale().status().database().database();

            assertThatThrownBy(() -> project.shale().downgrade(steps(1))).isInstanceOfSatisfying(ShaleException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.PROTECTED_ENVIRONMENT));
            Project laptop = project.environment("development");
            assertThatThrownBy(() -> laptop.shale().downgrade(steps(1))).isInstanceOfSatisfying(ShaleException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.ENVIRONMENT_MISMATCH);
                assertThat(e.getMessage()).contains("'production'").contains("'development'");
            });
            assertThat(laptop.shale().history()).hasSize(3);

            laptop.shale().downgrade(new DowngradeCommand.Options(null, 1, false, new Confirmation(false, name, true)));
            assertThat(laptop.shale().history()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void stamp_recordsVersionsWithoutRunningThem_andRemovesLaterOnes(Engine engine) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Shale shale = three(dir, db).shale();

            StampCommand.Result r = shale.stamp(2, Confirmation.YES);
            assertThat(r.recorded()).containsExactly(1, 2);
            assertThat(db.tables()).doesNotContain("a", "b");
            assertThat(shale.status().currentVersion()).isEqualTo(2);

            shale.upgrade();
            assertThat(db.tables()).contains("c").doesNotContain("a");

            StampCommand.Result back = shale.stamp(1, Confirmation.YES);
            assertThat(back.removed()).containsExactly(2, 3);
            assertThat(shale.history()).extracting(AppliedMigration::version).containsExactly(1);
        }
    }
}
