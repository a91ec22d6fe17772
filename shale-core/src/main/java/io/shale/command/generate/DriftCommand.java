package io.shale.command.generate;

import io.shale.diff.Differ;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchProvider;
import io.shale.migration.MigrationSet;
import io.shale.schema.Catalog;
import io.shale.schema.change.Plan;
import io.shale.schema.change.Renames;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code shale check --drift}: do the models and the migrations describe the same schema, and does
 * the live database look like what its applied migrations should have built (no hand-made changes)?
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
     * @param modelsDrift   SQL that would bring the migrations' schema to the models (empty: none)
     * @param databaseDrift SQL that would bring the live database back to what its migrations built (empty: none)
     */
    public record Result(List<String> modelsDrift, List<String> databaseDrift, List<String> warnings) {
        public boolean drifted() {
            return !modelsDrift.isEmpty() || !databaseDrift.isEmpty();
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
        CatalogSources sources = new CatalogSources(dialect, scratch, skipTable, schemas);
        Differ differ = new Differ(dialect.diffHooks());
        List<String> warnings = new java.util.ArrayList<>();
        List<String> models = List.of();
        if (options.models() != null) {
            Catalog built = sources.fromMigrations(migrations, null);
            Catalog desired = options.models().catalog(sources);
            Plan plan = differ.diff(built, desired, Renames.NONE, skipTable);
            warnings.addAll(plan.warnings());
            models = plan.isEmpty() ? List.of() : dialect.renderer().render(plan.changes(), built, desired);
        }
        List<String> database = List.of();
        if (options.database() != null) {
            Catalog expected = sources.fromMigrations(migrations, options.appliedVersion());
            Catalog live = options.database().catalog(sources);
            Plan plan = differ.diff(live, expected, Renames.NONE, skipTable);
            warnings.addAll(plan.warnings());
            database = plan.isEmpty() ? List.of() : dialect.renderer().render(plan.changes(), live, expected);
        }
        return new Result(models, database, warnings);
    }
}
