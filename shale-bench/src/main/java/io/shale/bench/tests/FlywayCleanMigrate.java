package io.shale.bench.tests;

import io.shale.bench.tool.Database;
import java.nio.file.Path;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Flyway's way to reset a test database: {@code clean} (drops every object of the managed schema) then
 * {@code migrate}, on one database. Flyway is configured once, as a test harness would keep it; the
 * session-level lock is the one {@link io.shale.bench.tool.Tools}' Flyway uses for langfuse (see
 * docs/benchmarks.md), and {@code cleanDisabled(false)} is what {@code clean} needs since Flyway 9.
 */
final class FlywayCleanMigrate implements Contender {
    private final Database database;
    private final Flyway flyway;

    /** @param migrations a folder of {@code V<n>__slug.sql} files; {@code database} empty or Flyway's own */
    FlywayCleanMigrate(Path migrations, Database database) {
        this.database = database;
        this.flyway = Flyway.configure()
                .dataSource(database.url(), database.user(), "")
                .locations("filesystem:" + migrations.toAbsolutePath())
                .cleanDisabled(false)
                .configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
                .load();
    }

    @Override
    public String name() {
        return "Flyway clean + migrate";
    }

    @Override
    public Obtained obtain() {
        flyway.clean();
        flyway.migrate();
        return new Obtained() {
            @Override
            public Database database() {
                return database;
            }

            @Override
            public void release() {
            }
        };
    }
}
