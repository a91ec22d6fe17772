package io.shale.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.Shale;
import io.shale.command.generate.GenerateCommand;
import io.shale.config.TablePatterns;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchProvider;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationSet;
import io.shale.migration.MigrationWriter;
import io.shale.schema.change.Renames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

/**
 * The acceptance test as steps: generate a migration from the entities into an empty
 * migrations folder, then apply it to an empty database.
 */
final class GeneratedFromEntities {
    static final TablePatterns SKIP = TablePatterns.of(List.of("shale_history", "shale_meta"));

    private GeneratedFromEntities() {
    }

    /** Writes {@code 0001_init.sql} into {@code dir}/migrations and returns the generate result. */
    static GenerateCommand.Result generate(Dialect dialect, ScratchProvider scratch, Path dir) throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        MigrationWriter.rehash(migrations);
        MigrationSet empty = MigrationLoader.load(migrations, List.of(), null);
        GenerateCommand.Result result = new GenerateCommand(dialect, scratch, empty, TestEntities.shop(dialect), SKIP)
                .run(new GenerateCommand.Options("init", Renames.NONE, false));
        assertThat(result.changed()).as("a migration was generated").isTrue();
        assertThat(result.file()).exists();
        // Other warnings (e.g. a check constraint PostgreSQL prints differently once re-applied) do not stop the file.
        assertThat(result.warnings()).as("warnings in " + result.file()).noneMatch(w -> w.contains("SQL failed"));
        return result;
    }

    /** Applies every migration in {@code dir}/migrations to {@code target}. */
    static void upgrade(DataSource target, Path dir) {
        Shale.configure().dataSource(target).migrations(dir.resolve("migrations")).load().upgrade();
    }
}
