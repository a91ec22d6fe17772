package io.shale.command.squash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shale.Shale;
import io.shale.command.squash.SquashCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.command.generate.CatalogSources;
import io.shale.data.snapshot.DataSnapshot;
import io.shale.data.snapshot.SnapshotReader;
import io.shale.dialect.SnapshotSql;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.MigrationState;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationSet;
import io.shale.schema.Catalog;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SquashCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void squash_freshDatabaseFromBaselineEqualsFullReplay_rowsAndSequencesIncluded(Engine engine) throws Exception {
        Path migrations = dir.resolve("migrations");
        SquashHistory.write(engine, migrations);
        try (TestDatabase full = TestDatabases.create(engine); TestDatabase fresh = TestDatabases.create(engine)) {
            long replayStart = System.nanoTime();
            shale(full, migrations).upgrade();
            long replayMs = (System.nanoTime() - replayStart) / 1_000_000;

            SquashCommand.Result result = squash(full, migrations, 3);

            assertThat(result.baseline().getFileName().toString()).isEqualTo("0003_baseline.sql");
            assertThat(result.content()).contains("-- shale:squashed 1-3").doesNotContain("-- migrate:down");
            assertThat(Files.list(migrations.resolve("archive")).map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("0001_schema.sql", "0002_reference_rows.sql", "0003_reshape_rows.sql", "shale.sum");
            long baselineStart = System.nanoTime();
            shale(fresh, migrations).upgrade();
            long baselineMs = (System.nanoTime() - baselineStart) / 1_000_000;
            System.out.println("squash timing " + engine + ": full replay " + replayMs + " ms, baseline " + baselineMs
                    + " ms");

            assertThat(catalog(fresh)).isEqualTo(catalog(full));
            assertThat(rows(full).differences(rows(fresh))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void squash_databaseAtTheSquashedVersionKeepsUpgrading(Engine engine) throws Exception {
        Path migrations = dir.resolve("migrations");
        SquashHistory.write(engine, migrations);
        try (TestDatabase db = TestDatabases.create(engine)) {
            shale(db, migrations).upgrade(new UpgradeCommand.Options(3, false, false));

            squash(db, migrations, 3);

            Shale after = shale(db, migrations);
            assertThat(after.status().hasProblems()).isFalse();
            assertThat(after.status().count(MigrationState.PENDING)).isEqualTo(1);
            assertThat(after.upgrade().applied()).extracting(UpgradeCommand.Applied::version).containsExactly(4);
            assertThat(after.status().upToDate()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES", "MARIADB"})
    void squash_databaseBelowTheSquashedVersionIsRefusedWithItsVersionAndTheWaysForward(Engine engine)
            throws Exception {
        Path migrations = dir.resolve("migrations");
        SquashHistory.write(engine, migrations);
        try (TestDatabase db = TestDatabases.create(engine)) {
            shale(db, migrations).upgrade(new UpgradeCommand.Options(1, false, false));

            squash(db, migrations, 3);

            assertThatThrownBy(() -> shale(db, migrations).upgrade())
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.BELOW_SQUASH_BASELINE);
                        assertThat(e.getMessage()).contains("at version 1", "0003_baseline.sql");
                        assertThat(e.hint()).contains("--include-archive", "archive", "shale reset");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"POSTGRES"})
    void squash_dryRunAndDeleteOption(Engine engine) throws Exception {
        Path migrations = dir.resolve("migrations");
        SquashHistory.write(engine, migrations);
        try (TestDatabase db = TestDatabases.create(engine)) {
            SquashCommand.Result dry = command(db, migrations).run(new SquashCommand.Options(null, false, true));
            assertThat(dry.version()).isEqualTo(4);
            assertThat(Files.exists(dry.baseline())).isFalse();
            assertThat(Files.exists(migrations.resolve("0001_schema.sql"))).isTrue();

            command(db, migrations).run(new SquashCommand.Options(null, true, false));
            assertThat(Files.list(migrations).map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("0004_baseline.sql", "shale.sum");
            shale(db, migrations).validate();
        }
    }

    static SquashCommand.Result squash(TestDatabase db, Path migrations, int through) {
        return command(db, migrations).run(new SquashCommand.Options(through, false, false));
    }

    static SquashCommand command(TestDatabase db, Path migrations) {
        Dialect dialect = dialect(db);
        ScratchProvider scratch = ScratchDatabases.beside(dialect, db.url(), db.user(), db.password());
        MigrationSet set = MigrationLoader.load(migrations, List.of(), null);
        return new SquashCommand(dialect, scratch, set, SquashCommand.shaleTables());
    }

    static Shale shale(TestDatabase db, Path migrations) {
        return Shale.configure().dataSource(db.dataSource()).migrations(migrations).load();
    }

    private static Dialect dialect(TestDatabase db) {
        try (Connection c = db.connect()) {
            return Dialects.detect(c);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Catalog catalog(TestDatabase db) {
        Dialect dialect = dialect(db);
        return new CatalogSources(dialect, null, SquashCommand.shaleTables()).inspect(db.dataSource(), db.name());
    }

    static DataSnapshot rows(TestDatabase db) throws Exception {
        Dialect dialect = dialect(db);
        try (Connection c = db.connect()) {
            return new SnapshotReader(dialect.dataOperations(), dialect.snapshotSql())
                    .read(c, SquashCommand.shaleTables());
        }
    }
}
