package io.shale.command.squash;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.migration.MigrationLoader;
import io.shale.testing.AllEngines;
import io.shale.testing.Engine;
import io.shale.testing.RecordingListener;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** What squash tells its listener: the replay file by file, then the four steps of the proof. */
class SquashProgressTest {
    @TempDir
    Path dir;

    @AllEngines
    void squash_reportsTheReplayPerFileThenEachStepOfTheProof(Engine engine) throws Exception {
        Path migrations = dir.resolve("migrations");
        SquashHistory.write(engine, migrations);
        try (TestDatabase db = TestDatabases.create(engine)) {
            Dialect dialect;
            try (Connection c = db.connect()) {
                dialect = Dialects.detect(c);
            }
            RecordingListener progress = new RecordingListener();

            new SquashCommand(dialect, ScratchDatabases.beside(dialect, db.url(), db.user(), db.password()),
                    MigrationLoader.load(migrations, List.of(), null), SquashCommand.shaleTables(), progress)
                    .run(new SquashCommand.Options(3, false, true));

            assertThat(progress.events()).containsExactly(
                    "step " + SquashCommand.REPLAYING + " 3", "progress 1 0001_schema.sql",
                    "progress 2 0002_reference_rows.sql", "progress 3 0003_reshape_rows.sql", "done",
                    "step " + SquashCommand.PROVING + " 4", "progress 1 baseline applied",
                    "progress 2 sequence positions restored", "progress 3 schema compared", "progress 4 rows compared",
                    "done");
        }
    }
}
