package io.shale.command.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.config.TablePatterns;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationWriter;
import io.shale.schema.change.Renames;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models that build themselves in a scratch database ({@code models.command}, through
 * {@link CatalogSources#fromScratch}): diff, generate and drift prove against that database.
 */
class ScratchBuiltModelsTest {
    @TempDir
    Path dir;

    @Test
    void modelsBuiltInAScratchDatabase_areDiffedGeneratedAndProven() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("0001_users.sql"),
                "-- migrate:up\nCREATE TABLE users (id int PRIMARY KEY);\n-- migrate:down\nDROP TABLE users;\n");
        MigrationWriter.rehash(migrations);
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            Dialect dialect = Dialects.forUrl(db.url());
            ScratchProvider scratch = ScratchDatabases.beside(dialect, db.url(), db.user(), db.password());
            Predicate<String> skip = TablePatterns.of(List.of("shale_history", "shale_meta"));
            // As models.command does: the models are whatever a program builds in the scratch database it is given.
            ModelSource models = sources -> sources.fromScratch("models", scratchDb -> sources.apply(
                    scratchDb.dataSource(), scratchDb.description(), "the models",
                    "CREATE TABLE users (id int PRIMARY KEY, email text);"));

            DiffCommand.Result diff = new DiffCommand(dialect, scratch, skip).run(new DiffCommand.Options(
                    new SchemaSource.Migrations(MigrationLoader.load(migrations, List.of(), null), null),
                    new SchemaSource.Models(models), Renames.NONE));
            assertThat(String.join("\n", diff.sql())).contains("ADD COLUMN email text");

            GenerateCommand.Result generated = new GenerateCommand(dialect, scratch,
                    MigrationLoader.load(migrations, List.of(), null), models, skip)
                    .run(new GenerateCommand.Options("email", Renames.NONE, false));
            assertThat(generated.file()).exists();
            assertThat(Files.readString(generated.file())).doesNotContain("-- WARNING");

            DriftCommand.Result drift = new DriftCommand(dialect, scratch,
                    MigrationLoader.load(migrations, List.of(), null), skip)
                    .run(new DriftCommand.Options(models, null, 0));
            assertThat(drift.modelsDifferences()).isEmpty();
        }
    }
}
