package io.shale.command.verify;

import io.shale.command.safety.VerifyCommand;
import io.shale.config.TablePatterns;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationWriter;
import io.shale.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Writes migration files ({@code up} and {@code down} per file) and runs verify beside a test database. */
final class VerifyFixture {
    private VerifyFixture() {
    }

    /** A migration as up and down SQL; a null down writes a file without a down section. */
    record M(String up, String down) {
    }

    static M m(String up, String down) {
        return new M(up, down);
    }

    static VerifyCommand.Result verify(TestDatabase db, Path dir, VerifyCommand.Options options, M... migrations)
            throws IOException, SQLException {
        Path folder = Files.createDirectories(dir.resolve("migrations"));
        for (int i = 0; i < migrations.length; i++) {
            String text = "-- migrate:up\n" + migrations[i].up() + "\n"
                    + (migrations[i].down() == null ? "" : "-- migrate:down\n" + migrations[i].down() + "\n");
            Files.writeString(folder.resolve(String.format("%04d_step_%d.sql", i + 1, i + 1)), text);
        }
        MigrationWriter.rehash(folder);
        Dialect dialect;
        try (Connection c = db.connect()) {
            dialect = Dialects.detect(c);
        }
        return new VerifyCommand(dialect, ScratchDatabases.beside(dialect, db.url(), db.user(), db.password()),
                MigrationLoader.load(folder, List.of(), null), TablePatterns.of(List.of()))
                .run(options);
    }
}
