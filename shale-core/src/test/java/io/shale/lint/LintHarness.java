package io.shale.lint;

import io.shale.command.safety.LintCommand;
import io.shale.config.TablePatterns;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationSet;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Lints one migration written after a setup migration, on a real engine: writes {@code 0001_setup.sql}
 * and {@code 0002_change.sql} into {@code dir} and runs {@link LintCommand} on the second.
 */
final class LintHarness {
    private LintHarness() {
    }

    /** A file body: used as is when it holds {@code -- migrate:up}, else put under that marker. */
    static String file(String sql) {
        return sql.contains("-- migrate:up") ? sql : "-- migrate:up\n" + sql + "\n";
    }

    static LintCommand.Result lint(Engine engine, Path dir, String setup, String change, Set<String> enabled) {
        try (TestDatabase db = TestDatabases.create(engine)) {
            Path migrations = Files.createDirectories(dir.resolve("migrations"));
            try (var old = Files.list(migrations)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            Files.writeString(migrations.resolve("0001_setup.sql"), file(setup));
            Path target = migrations.resolve("0002_change.sql");
            Files.writeString(target, file(change));
            MigrationSet set = MigrationLoader.load(migrations, List.of(), null);
            Dialect dialect;
            try (Connection c = db.connect()) {
                dialect = Dialects.detect(c);
            }
            return new LintCommand(dialect, ScratchDatabases.beside(dialect, db.url(), db.user(), db.password()), set,
                    TablePatterns.of(List.of("shale_history", "shale_meta")))
                    .run(new LintCommand.Options(List.of(target), enabled));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> codes(LintCommand.Result result) {
        return result.findings().stream().map(Finding::code).toList();
    }
}
