package io.shale.migration.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shale.Shale;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.migration.MigrationLoader;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Optional: the 434 Prisma migrations of langfuse import and all apply to an empty PostgreSQL. */
class LangfuseImportTest {
    private static final Path CORPUS = Path.of("../../shared/corpus/langfuse/migrations");

    @TempDir
    Path dir;

    @Test
    void import_langfusePrismaHistory_appliesEveryMigration() {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus langfuse is absent: no folder "
                + CORPUS.toAbsolutePath().normalize());
        ImportPlan plan = SourceTool.PRISMA.reader().read(CORPUS);
        assertThat(plan.migrations()).hasSize(434);
        assertThat(plan.skipped()).isEmpty();
        ImportWriter.write(dir, SourceTool.PRISMA, plan, false);
        assertThat(MigrationLoader.load(dir, List.of(), null).migrations()).hasSize(434);
        try (TestDatabase db = TestDatabases.create(Engine.POSTGRES)) {
            UpgradeCommand.Result r = Shale.configure().dataSource(db.dataSource()).migrations(dir).load().upgrade();
            assertThat(r.applied()).hasSize(434);
        }
    }
}
