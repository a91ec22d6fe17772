package io.shale.command.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.Shale;
import io.shale.run.Confirmation;
import io.shale.command.migrate.DowngradeCommand;
import io.shale.config.TablePatterns;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationSet;
import io.shale.migration.MigrationWriter;
import io.shale.schema.Catalog;
import io.shale.schema.change.Renames;
import io.shale.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/**
 * The acceptance property of generate: with the migrations building schema A and the models
 * describing B, the generated migration's up section turns a database at A into one whose
 * inspected catalog equals B's, and its down section turns it back into A.
 */
final class RoundTrip {
    static final TablePatterns SKIP = TablePatterns.of(List.of("shale_history", "shale_meta"));

    private RoundTrip() {
    }

    /** @return the generate result, after asserting the up and down properties on {@code db} */
    static GenerateCommand.Result check(TestDatabase db, Path dir, String a, String b, Renames renames)
            throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("0001_a.sql"), "-- migrate:up\n" + a + "\n");
        MigrationWriter.rehash(migrations);
        Path models = dir.resolve("schema.sql");
        Files.writeString(models, b);
        Dialect dialect;
        try (Connection c = db.connect()) {
            dialect = Dialects.detect(c);
        }
        ScratchProvider scratch = ScratchDatabases.beside(dialect, db.url(), db.user(), db.password());
        MigrationSet set = MigrationLoader.load(migrations, List.of(), null);
        CatalogSources sources = new CatalogSources(dialect, scratch, SKIP);
        Catalog expectedA = sources.fromMigrations(set, null);
        Catalog expectedB = sources.fromSqlFile(models);

        GenerateCommand.Result result = new GenerateCommand(dialect, scratch, set, ModelSource.schemaFile(models), SKIP)
                .run(new GenerateCommand.Options("change", renames, false));

        assertThat(result.warnings()).as("warnings of the generated file").noneMatch(w -> w.startsWith("the "));
        assertThat(result.changed()).as("a change was generated").isTrue();

        Shale shale = Shale.configure().dataSource(db.dataSource()).migrations(migrations).load();
        shale.upgrade();
        assertThat(sources.fromDatabase(db.dataSource(), "test")).as("after up").isEqualTo(expectedB);
        shale.downgrade(new DowngradeCommand.Options(null, 1, false, Confirmation.YES));
        assertThat(sources.fromDatabase(db.dataSource(), "test")).as("after down").isEqualTo(expectedA);
        return result;
    }
}
