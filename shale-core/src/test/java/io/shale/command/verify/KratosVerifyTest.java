package io.shale.command.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shale.command.safety.VerifyCommand;
import io.shale.command.safety.VerifyReport;
import io.shale.config.TablePatterns;
import io.shale.corpus.KratosCorpus;
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
 * Optional: Ory Kratos' PostgreSQL migrations, one Shale file per Kratos migration group, run
 * through verify with 3 rows per table. The history is not perfectly reversible: the ninth group's
 * down leaves a trace, and verify must say exactly which. Skipped without {@code ../shared/corpus}.
 */
class KratosVerifyTest {
    @TempDir
    Path dir;

    @Test
    void verify_runsTheKratosHistory_andFindsTheDownThatLeavesATrace() throws Exception {
        assumeTrue(KratosCorpus.present(), "the shared corpus kratos-postgres is not present: no "
                + KratosCorpus.DIR.resolve("up.list"));
        int count = KratosCorpus.convertGrouped(dir);

        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            Dialect dialect;
            try (Connection c = db.connect()) {
                dialect = Dialects.detect(c);
            }
            VerifyCommand.Result r = new VerifyCommand(dialect, ScratchDatabases.beside(dialect, db.url(), db.user(),
                    db.password()), MigrationLoader.load(dir, List.of(), null), TablePatterns.of(List.of()))
                    .run(new VerifyCommand.Options(1, 3));
            String report = String.join("\n", VerifyReport.lines(r));
            // Kratos' "errors" group (20191100000010*) drops NOT NULL on seen_at in its up AND its down
            // files, so its down does not restore the schema: a real trace that verify must report.
            assertThat(r.ok()).as(report).isFalse();
            assertThat(r.passed()).as(report).hasSize(8);
            assertThat(report).contains("0009_errors.sql").contains("down leaves a trace")
                    .contains("ALTER COLUMN seen_at SET NOT NULL");
            assertThat(count).isGreaterThan(9);
        }
    }
}
