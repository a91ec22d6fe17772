package io.shale.command.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.command.lifecycle.ClearCommand;
import io.shale.data.ReferenceDataPolicy;
import io.shale.testing.AllEngines;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

class ClearCommandTest {
    @TempDir
    Path dir;

    @AllEngines
    void clear_leavesExactlyWhatAFreshUpgradeGives(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine); TestDatabase fresh = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, Files.createDirectories(dir.resolve("a")));
            f.shale().upgrade();
            f.fill();
            List<String> historyBefore = Fixture.history(db);
            List<String> tablesBefore = db.tables();

            ClearCommand.Result r = f.shale().clear(new ClearCommand.Options(List.of(), ReferenceDataPolicy.AUTO,
                    Fixture.YES), f.scratch());

            Fixture reference = new Fixture(fresh, Files.createDirectories(dir.resolve("b")));
            reference.shale().upgrade();
            assertThat(r.cleared()).hasSize(18);
            assertThat(db.tables()).isEqualTo(tablesBefore);
            assertThat(Fixture.history(db)).isEqualTo(historyBefore);
            assertThat(Fixture.rows(db)).isEqualTo(Fixture.rows(fresh));
            String next = "INSERT INTO countries (code, name) VALUES ('es', 'Spain')";
            db.execute(next);
            fresh.execute(next);
            assertThat(Fixture.rows(db)).isEqualTo(Fixture.rows(fresh));
        }
    }

    @AllEngines
    void clear_keepsExcludedTablesAndRestoresNothingWithPolicyNone(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, dir);
            f.shale().upgrade();
            f.fill();

            f.shale().clear(new ClearCommand.Options(List.of("SETT*"), ReferenceDataPolicy.NONE, Fixture.YES),
                    f.scratch());

            assertThat(db.count("settings")).isEqualTo(2);
            assertThat(db.count("countries")).isZero();
            assertThat(db.count("users")).isZero();
            assertThat(db.count("shale_history")).isEqualTo(2);
        }
    }

    @AllEngines
    void clear_refusesToKeepAnExcludedTableThatReferencesAClearedOne_andChangesNothing(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Fixture f = new Fixture(db, dir);
            f.shale().upgrade();
            f.fill();
            java.util.Map<String, List<String>> before = Fixture.rows(db);

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.shale().clear(new ClearCommand.Options(
                    List.of("user_sessions"), ReferenceDataPolicy.AUTO, Fixture.YES), f.scratch()))
                    .isInstanceOfSatisfying(io.shale.error.ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(io.shale.error.ErrorCode.CONFIG_BAD_VALUE);
                        assertThat(e.getMessage().toLowerCase()).contains("user_sessions").contains("users");
                        assertThat(e.hint()).contains("exclude:");
                    });

            assertThat(Fixture.rows(db)).isEqualTo(before);
        }
    }
}
