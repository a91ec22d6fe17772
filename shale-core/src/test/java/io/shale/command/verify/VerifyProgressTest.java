package io.shale.command.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.command.safety.VerifyCommand;
import io.shale.config.TablePatterns;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationWriter;
import io.shale.testing.AllEngines;
import io.shale.testing.Engine;
import io.shale.testing.RecordingListener;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** What verify tells its listener: the migrations before --from, then each migration that passed, by file. */
class VerifyProgressTest {
    @TempDir
    Path dir;

    @AllEngines
    void verify_reportsTheEarlierMigrationsThenEachVerifiedFile(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            RecordingListener progress = new RecordingListener();

            VerifyCommand.Result r = verify(db, progress, new VerifyCommand.Options(2, 5),
                    "CREATE TABLE users (id int PRIMARY KEY, name varchar(100))",
                    "CREATE TABLE posts (id int PRIMARY KEY, user_id int)",
                    "ALTER TABLE posts ADD COLUMN title varchar(50)");

            assertThat(r.ok()).isTrue();
            assertThat(progress.events()).containsExactly(
                    "step " + VerifyCommand.APPLYING_EARLIER + " 1", "progress 1 0001_step_1.sql", "done",
                    "step " + VerifyCommand.VERIFYING + " 2", "progress 1 0002_step_2.sql",
                    "progress 2 0003_step_3.sql", "done");
        }
    }

    @AllEngines
    void verify_stopsCountingAtTheFirstFailureAndStillEndsThePhase(Engine engine) throws Exception {
        try (TestDatabase db = TestDatabases.create(engine)) {
            RecordingListener progress = new RecordingListener();

            VerifyCommand.Result r = verify(db, progress, new VerifyCommand.Options(1, 5),
                    "CREATE TABLE users (id int PRIMARY KEY, name varchar(100))",
                    "CREATE UNIQUE INDEX users_name_uq ON users (name)",
                    "CREATE TABLE posts (id int PRIMARY KEY)");

            assertThat(r.ok()).isFalse();
            assertThat(progress.events()).containsExactly("step " + VerifyCommand.VERIFYING + " 3",
                    "progress 1 0001_step_1.sql", "done");
        }
    }

    @org.junit.jupiter.api.Test
    void verify_throughTheFacade_tellsTheFacadesListener() throws Exception {
        try (TestDatabase db = TestDatabases.create(Engine.SQLITE)) {
            Path folder = write("CREATE TABLE users (id int PRIMARY KEY)", "ALTER TABLE users ADD COLUMN name text");
            RecordingListener progress = new RecordingListener();

            io.shale.Shale.configure().dataSource(db.dataSource()).migrations(folder).listener(progress).load()
                    .verify(new VerifyCommand.Options(1, 3));

            assertThat(progress.events()).containsExactly("step " + VerifyCommand.VERIFYING + " 2",
                    "progress 1 0001_step_1.sql", "progress 2 0002_step_2.sql", "done");
        }
    }

    /** Writes the migrations (up only), numbered from 1, and their shale.sum. */
    private Path write(String... ups) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("migrations"));
        for (int i = 0; i < ups.length; i++) {
            Files.writeString(folder.resolve(String.format("%04d_step_%d.sql", i + 1, i + 1)),
                    "-- migrate:up\n" + ups[i] + ";\n");
        }
        MigrationWriter.rehash(folder);
        return folder;
    }

    /** Writes the migrations (up only) and verifies them beside {@code db}, telling {@code listener}. */
    private VerifyCommand.Result verify(TestDatabase db, RecordingListener listener, VerifyCommand.Options options,
                                        String... ups) throws Exception {
        Path folder = write(ups);
        Dialect dialect;
        try (Connection c = db.connect()) {
            dialect = Dialects.detect(c);
        }
        return new VerifyCommand(dialect, ScratchDatabases.beside(dialect, db.url(), db.user(), db.password()),
                MigrationLoader.load(folder, List.of(), null), TablePatterns.of(List.of()), listener).run(options);
    }
}
