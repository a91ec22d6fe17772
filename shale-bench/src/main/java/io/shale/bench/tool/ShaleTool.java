package io.shale.bench.tool;

import io.shale.Shale;
import io.shale.bench.workload.Script;
import io.shale.bench.workload.Workload;
import io.shale.jdbc.UrlDataSource;
import io.shale.migration.MigrationWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shale through its library facade: {@code NNNN_slug.sql} files and {@code shale.sum}. */
final class ShaleTool implements Tool {

    @Override
    public String name() {
        return "shale";
    }

    @Override
    public void write(Workload workload, Path dir) throws Exception {
        for (Script s : workload.scripts()) {
            String directive = s.transactional() ? "" : "-- shale:no-transaction\n";
            Files.writeString(dir.resolve(String.format("%04d_%s.sql", s.version(), s.slug())),
                    directive + "-- migrate:up\n" + s.sql() + "\n");
        }
        MigrationWriter.rehash(dir);
    }

    @Override
    public void migrate(Path dir, Database db) {
        shale(dir, db).upgrade();
    }

    @Override
    public long status(Path dir, Database db) {
        return shale(dir, db).status().entries().size();
    }

    private static Shale shale(Path dir, Database db) {
        return Shale.configure().dataSource(new UrlDataSource(db.url(), db.user(), null)).migrations(dir).load();
    }
}
