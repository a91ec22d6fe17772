package io.shale.command.generate;

import io.shale.diff.Differ;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchProvider;
import io.shale.schema.Catalog;
import io.shale.schema.change.Plan;
import io.shale.schema.change.Renames;
import java.util.List;
import java.util.function.Predicate;

/** {@code shale diff --from X --to Y}: the SQL that turns X's schema into Y's. Changes nothing. */
public final class DiffCommand {

    public record Options(SchemaSource from, SchemaSource to, Renames renames) {
    }

    /** @param sql the statements, empty when the two schemas are equal */
    public record Result(List<String> sql, List<String> warnings, int changes) {
    }

    private final Dialect dialect;
    private final ScratchProvider scratch;
    private final Predicate<String> skipTable;
    private final List<String> schemas;

    public DiffCommand(Dialect dialect, ScratchProvider scratch, Predicate<String> skipTable) {
        this(dialect, scratch, skipTable, List.of());
    }

    /** @param schemas the schemas compared ({@code schemas:}); empty: the engine's default */
    public DiffCommand(Dialect dialect, ScratchProvider scratch, Predicate<String> skipTable, List<String> schemas) {
        this.schemas = List.copyOf(schemas);
        this.dialect = dialect;
        this.scratch = scratch;
        this.skipTable = skipTable;
    }

    public Result run(Options options) {
        CatalogSources sources = new CatalogSources(dialect, scratch, skipTable, schemas);
        Catalog from = options.from().catalog(sources);
        Catalog to = options.to().catalog(sources);
        Plan plan = new Differ(dialect.diffHooks()).diff(from, to, options.renames(), skipTable);
        List<String> sql = plan.isEmpty() ? List.of() : dialect.renderer().render(plan.changes(), from, to);
        return new Result(sql, plan.warnings(), plan.changes().size());
    }
}
