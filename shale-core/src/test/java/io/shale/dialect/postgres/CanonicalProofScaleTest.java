package io.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.command.generate.DriftCommand;
import io.shale.command.generate.GenerateCommand;
import io.shale.command.generate.ModelSource;
import io.shale.config.TablePatterns;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.dialect.ScratchProvider;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationSet;
import io.shale.migration.MigrationWriter;
import io.shale.schema.change.Renames;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof at scale: 1,000 tables in {@code public} (each with a key, an index and a foreign key),
 * a second schema {@code audit} with 100 tables whose keys point into {@code public}, and
 * partitioned tables with partitions, generated from empty, proved in both directions by the
 * engine's own definitions, and no drift afterwards. Time and memory are printed for
 * docs/benchmarks.md, never asserted.
 *
 * <p>The test takes 16 s on two quiet cores and over a minute on busy ones; {@code -Dshale.scale.tables=200} runs it with fewer
 * tables in {@code public} (at least {@value #AUDIT_TABLES}, which the {@code audit} tables reference).
 */
class CanonicalProofScaleTest {
    private static final int AUDIT_TABLES = 100;
    private static final int TABLES = Math.max(Integer.getInteger("shale.scale.tables", 1000), AUDIT_TABLES);

    @TempDir
    Path dir;

    @Test
    void thousandTablesAndPartitions_generatedFromEmpty_areProvenEqual() throws Exception {
        StringBuilder models = new StringBuilder();
        LargeSchemaGenerator.batches(TABLES, 100).forEach(models::append);
        for (int p = 1; p <= 3; p++) {
            models.append("CREATE TABLE events").append(p).append(" (id bigint NOT NULL, at date NOT NULL, body text)")
                    .append(" PARTITION BY RANGE (at);\n");
            for (int year = 2024; year <= 2026; year++) {
                models.append("CREATE TABLE events").append(p).append('_').append(year).append(" PARTITION OF events")
                        .append(p).append(" FOR VALUES FROM ('").append(year).append("-01-01') TO ('").append(year + 1)
                        .append("-01-01');\n");
            }
        }
        models.append("CREATE SCHEMA audit;\n");
        for (int i = 1; i <= AUDIT_TABLES; i++) {
            String log = String.format("audit.log%03d", i);
            models.append("CREATE TABLE ").append(log).append(" (id bigint PRIMARY KEY, row_id bigint NOT NULL REFERENCES ")
                    .append(LargeSchemaGenerator.tableName(i)).append(" (id), at timestamptz NOT NULL DEFAULT now(), what text);\n")
                    .append(String.format("CREATE INDEX log%03d_row_idx ON %s (row_id);%n", i, log));
        }
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        MigrationWriter.rehash(migrations);
        Path schema = dir.resolve("schema.sql");
        Files.writeString(schema, models.toString());
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            Dialect dialect;
            try (Connection c = db.connect()) {
                dialect = Dialects.detect(c);
            }
            ScratchProvider scratch = ScratchDatabases.beside(dialect, db.url(), db.user(), db.password());
            TablePatterns skip = TablePatterns.of(List.of("shale_history", "shale_meta"));
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long before = rt.totalMemory() - rt.freeMemory();
            long start = System.nanoTime();
            GenerateCommand.Result r = new GenerateCommand(dialect, scratch, MigrationLoader.load(migrations, List.of(), null),
                    ModelSource.schemaFile(schema), skip).run(new GenerateCommand.Options("init", Renames.NONE, false));
            long generateMs = (System.nanoTime() - start) / 1_000_000;
            long usedMb = (rt.totalMemory() - rt.freeMemory() - before) / (1024 * 1024);
            assertThat(r.file()).exists();
            assertThat(r.warnings()).noneMatch(w -> w.contains("does not reach"));
            assertThat(r.up()).contains("CREATE SCHEMA audit").anyMatch(sql -> sql.startsWith("CREATE TABLE audit.log100"));

            MigrationSet set = MigrationLoader.load(migrations, List.of(), null);
            start = System.nanoTime();
            DriftCommand.Result drift = new DriftCommand(dialect, scratch, set, skip)
                    .run(new DriftCommand.Options(ModelSource.schemaFile(schema), null, 0));
            long driftMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(drift.modelsDifferences()).isEmpty();
            System.out.printf("canonical proof scale: %d tables in public + %d in audit + 3 partitioned x 3 partitions;"
                    + " generate (build, diff, render, prove up and down) %d ms, heap growth %d MB; check --drift %d ms%n",
                    TABLES, AUDIT_TABLES, generateMs, usedMb, driftMs);
        }
    }
}
