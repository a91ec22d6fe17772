package io.shale.command.generate;

import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationSet;
import io.shale.migration.MigrationWriter;
import io.shale.schema.change.Renames;
import io.shale.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/** A project whose migrations build schema A and whose models (a schema file) describe B, beside a test database. */
final class ProofProject {
    final Path migrations;
    final Path models;
    final Dialect dialect;
    final ScratchProvider scratch;

    ProofProject(TestDatabase db, Path dir, String a, String b) throws Exception {
        migrations = Files.createDirectories(dir.resolve("migrations"));
        if (!a.isBlank()) {
            Files.writeString(migrations.resolve("0001_a.sql"), "-- migrate:up\n" + a + "\n");
        }
        MigrationWriter.rehash(migrations);
        models = dir.resolve("schema.sql");
        Files.writeString(models, b);
        try (Connection c = db.connect()) {
            dialect = Dialects.detect(c);
        }
        scratch = ScratchDatabases.beside(dialect, db.url(), db.user(), db.password());
    }

    MigrationSet set() {
        return MigrationLoader.load(migrations, List.of(), null);
    }

    GenerateCommand.Result generate(boolean allowUnproven) {
        return new GenerateCommand(dialect, scratch, set(), ModelSource.schemaFile(models), RoundTrip.SKIP)
                .run(new GenerateCommand.Options("change", Renames.NONE, false, allowUnproven));
    }

    DriftCommand.Result drift() {
        return new DriftCommand(dialect, scratch, set(), RoundTrip.SKIP)
                .run(new DriftCommand.Options(ModelSource.schemaFile(models), null, 0));
    }
}
