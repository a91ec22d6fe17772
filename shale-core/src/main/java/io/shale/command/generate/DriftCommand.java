package io.shale.command.generate;

import io.shale.diff.Differ;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchDatabase;
import io.shale.dialect.ScratchProvider;
import io.shale.migration.MigrationSet;
import io.shale.proof.CanonicalComparison;
import io.shale.proof.Difference;
import io.shale.schema.Catalog;
import io.shale.schema.change.Plan;
import io.shale.schema.change.Renames;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Predicate;

/**
 * {@code shale check --drift}: do the models and the migrations describe the same schema, and does
 * the live database look like what its applied migrations should have built (no hand-made changes)?
 * Both questions are answered by the engine's own definitions of every object
 * ({@link CanonicalComparison}); Shale's differ only suggests the SQL that would close a drift.
 */
public final class DriftCommand {

    /**
     * @param models     the models, or null to skip that comparison
     * @param database   the live database, or null to skip that comparison
     * @param appliedVersion the database's current version (what to replay for the comparison)
     */
    public record Options(ModelSource models, SchemaSource.Database database, int appliedVersion) {
    }

    /**
     * @param modelsDrift         SQL that would bring the migrations' schema to the models (may be empty
     *                            while {@code modelsDifferences} is not: Shale cannot render that part)
     * @param databaseDrift       SQL that would bring the live database back to what its migrations built
     * @param modelsDifferences   objects whose engine definitions differ between migrations (expected) and models
     * @param databaseDifferences objects whose engine definitions differ between migrations (expected) and database
     */
    public record Result(List<String> modelsDrift, List<String> databaseDrift, List<String> warnings,
                         List<Difference> modelsDifferences, List<Difference> databaseDifferences) {
        public Result(List<String> modelsDrift, List<String> databaseDrift, List<String> warnings) {
            this(modelsDrift, databaseDrift, warnings, List.of(), List.of());
        }

        public boolean drifted() {
            return !modelsDifferences.isEmpty() || !databaseDifferences.isEmpty();
        }
    }

    private final Dialect dialect;
    private final ScratchProvider scratch;
    private final MigrationSet migrations;
    private final Predicate<String> skipTable;
    private final List<String> schemas;

    public DriftCommand(Dialect dialect, ScratchProvider scratch, MigrationSet migrations, Predicate<String> skipTable) {
        this(dialect, scratch, migrations, skipTable, List.of());
    }

    /** @param schemas the schemas compared ({@code schemas:}); empty: the engine's default */
    public DriftCommand(Dialect dialect, ScratchProvider scratch, MigrationSet migrations, Predicate<String> skipTable,
                        List<String> schemas) {
        this.schemas = List.copyOf(schemas);
        this.dialect = dialect;
        this.scratch = scratch;
        this.migrations = migrations;
        this.skipTable = skipTable;
    }

    public Result run(Options options) {
        CanonicalComparison canonical = new CanonicalComparison(dialect, skipTable, schemas);
        Differ differ = new Differ(dialect.diffHooks());
        List<String> warnings = new ArrayList<>();
        List<String> models = List.of();
        List<Difference> modelsDifferences = List.of();
        List<String> database = List.of();
        List<Difference> databaseDifferences = List.of();
        try (CatalogSources sources = CatalogSources.retaining(dialect, scratch, skipTable, schemas)) {
            if (options.models() != null) {
                Catalog built = sources.fromMigrations(migrations, null);
                ScratchDatabase replay = sources.lastBuilt();
                Catalog desired = options.models().catalog(sources);
                ScratchDatabase modelsDb = sources.lastBuilt();
                SortedMap<String, String> expected = canonical.dump(replay.dataSource(), replay.description());
                modelsDifferences = canonical.compare(expected, canonical.dump(modelsDb.dataSource(),
                        modelsDb.description()), modelsDb.dataSource(), modelsDb.description());
                Plan plan = differ.diff(built, desired, Renames.NONE, skipTable);
                warnings.addAll(plan.warnings());
                if (!modelsDifferences.isEmpty() && !plan.isEmpty()) {
                    models = dialect.renderer().render(plan.changes(), built, desired);
                }
            }
            if (options.database() != null) {
                Catalog expected = sources.fromMigrations(migrations, options.appliedVersion());
                ScratchDatabase replay = sources.lastBuilt();
                Catalog live = options.database().catalog(sources);
                databaseDifferences = canonical.compare(canonical.dump(replay.dataSource(), replay.description()),
                        canonical.dump(options.database().dataSource(), options.database().description()),
                        replay.dataSource(), replay.description());
                Plan plan = differ.diff(live, expected, Renames.NONE, skipTable);
                warnings.addAll(plan.warnings());
                if (!databaseDifferences.isEmpty() && !plan.isEmpty()) {
                    database = dialect.renderer().render(plan.changes(), live, expected);
                }
            }
        }
        return new Result(models, database, warnings, modelsDifferences, databaseDifferences);
    }
}
