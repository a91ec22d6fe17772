package io.shale.command.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shale.command.VerifyCommand;
import io.shale.command.VerifyReport;
import io.shale.config.TablePatterns;
import io.shale.dialect.Dialect;
import io.shale.dialect.Dialects;
import io.shale.dialect.ScratchDatabases;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationWriter;
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
 * Optional: Ory Kratos' 346 PostgreSQL migrations, converted to Shale files as
 * {@code KratosUpgradeDowngradeTest} does, pass verify with 3 rows per table. Skipped without
 * {@code ../shared/corpus}.
 */
class KratosVerifyTest {
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus", "kratos-postgres").toAbsolutePath()
            .normalize();

    @TempDir
    Path dir;

    @Test
    void verify_passesTheKratosHistory() throws Exception {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("up.list")), "corpus not present: " + CORPUS);
        List<String> ups = Files.readAllLines(CORPUS.resolve("up.list")).stream().filter(l -> !l.isBlank()).toList();
        List<String> downs = Files.readAllLines(CORPUS.resolve("down.list")).stream().filter(l -> !l.isBlank()).toList();
        for (int version = 1; version <= ups.size(); version++) {
            String up = ups.get(version - 1);
            String downSql = Files.readString(CORPUS.resolve(downs.get(downs.size() - version)));
            String name = String.format("%04d_%s.sql", version, Path.of(up).getFileName().toString()
                    .replaceAll("\\.(postgres\\.)?(autocommit\\.)?up\\.sql$", "").replaceAll("[^a-z0-9]+", "_"));
            String directive = up.contains(".autocommit.") ? "-- shale:no-transaction\n" : "";
            Files.writeString(dir.resolve(name), directive + "-- migrate:up\n" + Files.readString(CORPUS.resolve(up))
                    + "\n-- migrate:down\n" + (downSql.replaceAll("(?m)^\\s*--.*$", "").isBlank()
                    ? "SELECT 1; -- no-op down in the original\n" : downSql) + "\n");
        }
        MigrationWriter.rehash(dir);

        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            Dialect dialect;
            try (Connection c = db.connect()) {
                dialect = Dialects.detect(c);
            }
            VerifyCommand.Result r = new VerifyCommand(dialect, ScratchDatabases.beside(dialect, db.url(), db.user(),
                    db.password()), MigrationLoader.load(dir, List.of(), null), TablePatterns.of(List.of()))
                    .run(new VerifyCommand.Options(1, 3));
            String report = String.join("\n", VerifyReport.lines(r));
            assertThat(r.ok()).as(report).isTrue();
            assertThat(r.passed()).hasSize(ups.size());
        }
    }
}
