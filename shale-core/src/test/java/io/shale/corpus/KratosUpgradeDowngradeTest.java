package io.shale.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shale.Shale;
import io.shale.command.Confirmation;
import io.shale.command.DowngradeCommand;
import io.shale.command.UpgradeCommand;
import io.shale.migration.MigrationWriter;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Optional integration check on real-world material: Ory Kratos' 346 PostgreSQL migrations (each
 * with a down file), converted to Shale files, all applied and then all reverted. Skipped when
 * {@code ../shared/corpus} is not beside the project (users do not have it).
 */
class KratosUpgradeDowngradeTest {
    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus", "kratos-postgres").toAbsolutePath()
            .normalize();

    @TempDir
    Path dir;

    @Test
    void allUps_thenAllDowns_bringAnEmptyDatabaseBackToEmpty() throws Exception {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("up.list")), "corpus not present: " + CORPUS);
        List<String> ups = Files.readAllLines(CORPUS.resolve("up.list")).stream().filter(l -> !l.isBlank()).toList();
        List<String> downs = Files.readAllLines(CORPUS.resolve("down.list")).stream().filter(l -> !l.isBlank()).toList();
        assertThat(downs).hasSameSizeAs(ups);
        int version = 0;
        for (String up : ups) {
            version++;
            String down = downs.get(downs.size() - version);
            String upSql = Files.readString(CORPUS.resolve(up));
            String downSql = Files.readString(CORPUS.resolve(down));
            String name = String.format("%04d_%s.sql", version, Path.of(up).getFileName().toString()
                    .replaceAll("\\.(postgres\\.)?(autocommit\\.)?up\\.sql$", "").replaceAll("[^a-z0-9]+", "_"));
            String directive = up.contains(".autocommit.") ? "-- shale:no-transaction\n" : "";
            // Kratos marks "nothing to undo" with an empty down file; in Shale an empty down section means
            // "cannot be reverted", so the conversion states the no-op explicitly.
            Files.writeString(dir.resolve(name), directive + "-- migrate:up\n" + upSql + "\n-- migrate:down\n"
                    + (downSql.replaceAll("(?m)^\\s*--.*$", "").isBlank() ? "SELECT 1; -- no-op down in the original\n"
                    : downSql) + "\n");
        }
        MigrationWriter.rehash(dir);

        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            Shale shale = Shale.configure().dataSource(db.dataSource()).migrations(dir).load();
            UpgradeCommand.Result up = shale.upgrade();
            assertThat(up.applied()).hasSize(ups.size());
            assertThat(db.tables()).contains("identities", "courier_messages", "sessions");

            DowngradeCommand.Result down = shale.downgrade(new DowngradeCommand.Options(0, null, false, Confirmation.YES));
            assertThat(down.reverted()).hasSize(ups.size());
            assertThat(db.tables()).containsOnly("shale_history", "shale_meta");
        }
    }
}
