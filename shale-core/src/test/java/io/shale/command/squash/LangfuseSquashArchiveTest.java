package io.shale.command.squash;

import static io.shale.command.squash.SquashCommandTest.catalog;
import static io.shale.command.squash.SquashCommandTest.rows;
import static io.shale.command.squash.SquashCommandTest.shale;
import static io.shale.command.squash.SquashCommandTest.squash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shale.command.adopt.ImportCommand;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.data.snapshot.DataSnapshot;
import io.shale.data.snapshot.TableSnapshot;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.imports.SourceTool;
import io.shale.testing.Engine;
import io.shale.testing.TestDatabase;
import io.shale.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Optional, on real-world material: langfuse's 434 Prisma migrations imported, squashed through 200
 * on PostgreSQL; a database left at 100 reaches 434 with {@code --include-archive} and ends equal to
 * one built from the baseline (rows compared with their insert time stamps masked). Skipped when {@code ../shared/corpus} is not beside the project
 * (the system property {@code shale.corpus} points elsewhere).
 */
class LangfuseSquashArchiveTest {
    private static final Path CORPUS = Path.of(System.getProperty("shale.corpus", "../../shared/corpus"),
            "langfuse", "migrations");

    private static final Set<String> STAMPS = Set.of("created_at", "updated_at");

    @TempDir
    Path dir;

    @Test
    void includeArchive_langfuseSquashedThrough200_databaseAt100ReachesTheLatest() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus langfuse is absent: no folder "
                + CORPUS.toAbsolutePath().normalize() + " (-Dshale.corpus=DIR names the corpus folder)");
        Path migrations = dir.resolve("migrations");
        new ImportCommand().run(new ImportCommand.Options(SourceTool.PRISMA, CORPUS, migrations, false, false));
        try (TestDatabase old = TestDatabases.create(Engine.POSTGRES);
             TestDatabase fresh = TestDatabases.create(Engine.POSTGRES)) {
            shale(old, migrations).upgrade(new UpgradeCommand.Options(100, false, false));

            squash(old, migrations, 200);

            assertThatThrownBy(() -> shale(old, migrations).upgrade()).isInstanceOfSatisfying(ShaleException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.BELOW_SQUASH_BASELINE));
            UpgradeCommand.Result r = shale(old, migrations).upgrade(new UpgradeCommand.Options(null, false, false,
                    true));
            assertThat(r.fromVersion()).isEqualTo(100);
            assertThat(r.toVersion()).isEqualTo(434);
            assertThat(r.applied()).hasSize(334);
            assertThat(shale(old, migrations).status().upToDate()).isTrue();

            shale(fresh, migrations).upgrade();
            assertThat(catalog(old)).isEqualTo(catalog(fresh));
            DataSnapshot oldRows = stampsMasked(rows(old));
            assertThat(oldRows.rowCount()).isGreaterThan(50);
            assertThat(oldRows.differences(stampsMasked(rows(fresh)))).isEmpty();
        }
    }

    /** created_at and updated_at default to the time of the insert, which differs between the two builds. */
    private static DataSnapshot stampsMasked(DataSnapshot snapshot) {
        List<TableSnapshot> tables = new ArrayList<>();
        for (TableSnapshot t : snapshot.tables()) {
            List<List<String>> rows = new ArrayList<>();
            for (List<String> row : t.rows()) {
                List<String> masked = new ArrayList<>(row);
                for (int i = 0; i < t.columns().size(); i++) {
                    if (STAMPS.contains(t.columns().get(i))) {
                        masked.set(i, "*");
                    }
                }
                rows.add(masked);
            }
            tables.add(new TableSnapshot(t.table(), t.columns(), t.primaryKey(), rows));
        }
        return new DataSnapshot(snapshot.graph(), tables, snapshot.sequences());
    }
}
