package io.shale.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shale.Shale;
import io.shale.run.Confirmation;
import io.shale.command.migrate.DowngradeCommand;
import io.shale.command.migrate.UpgradeCommand;
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
    @TempDir
    Path dir;

    @Test
    void allUps_thenAllDowns_bringAnEmptyDatabaseBackToEmpty() throws Exception {
        assumeTrue(KratosCorpus.present(), "the shared corpus kratos-postgres is not present: no "
                + KratosCorpus.DIR.resolve("up.list"));
        int count = KratosCorpus.convert(dir);

        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            Shale shale = Shale.configure().dataSource(db.dataSource()).migrations(dir).load();
            UpgradeCommand.Result up = shale.upgrade();
            assertThat(up.applied()).hasSize(count);
            assertThat(db.tables()).contains("identities", "courier_messages", "sessions");

            DowngradeCommand.Result down = shale.downgrade(new DowngradeCommand.Options(0, null, false, Confirmation.YES));
            assertThat(down.reverted()).hasSize(count);
            assertThat(db.tables()).containsOnly("shale_history", "shale_meta");
        }
    }
}
