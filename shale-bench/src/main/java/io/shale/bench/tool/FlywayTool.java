package io.shale.bench.tool;

import io.shale.bench.workload.Script;
import io.shale.bench.workload.Workload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Flyway community edition: {@code V<n>__slug.sql} files read from the file system (no class-path
 * scan); a migration that must run outside a transaction gets a {@code .sql.conf} beside it with
 * {@code executeInTransaction=false}, Flyway's per-script configuration. Flyway's default
 * transactional advisory lock keeps a transaction open for the whole run, which makes
 * {@code CREATE INDEX CONCURRENTLY} wait forever, so the lock is session-level as Flyway's
 * documentation advises for such histories ({@code postgresql.transactional.lock=false}).
 */
final class FlywayTool implements Tool {

    @Override
    public String name() {
        return "flyway";
    }

    @Override
    public void write(Workload workload, Path dir) throws Exception {
        for (Script s : workload.scripts()) {
            String file = "V" + s.version() + "__" + s.slug() + ".sql";
            Files.writeString(dir.resolve(file), s.sql() + "\n");
            if (!s.transactional()) {
                Files.writeString(dir.resolve(file + ".conf"), "executeInTransaction=false\n");
            }
        }
    }

    @Override
    public void migrate(Path dir, Database db) {
        flyway(dir, db).migrate();
    }

    @Override
    public long status(Path dir, Database db) {
        return flyway(dir, db).info().all().length;
    }

    private static Flyway flyway(Path dir, Database db) {
        return Flyway.configure()
                .dataSource(db.url(), db.user(), "")
                .locations("filesystem:" + dir.toAbsolutePath())
                .configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
                .load();
    }
}
