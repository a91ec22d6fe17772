package io.shale.command.generate;

import io.shale.diff.Differ;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchDatabase;
import io.shale.dialect.ScratchProvider;
import io.shale.error.ShaleException;
import io.shale.proof.CanonicalComparison;
import io.shale.proof.Difference;
import io.shale.proof.Unproven;
import io.shale.schema.Catalog;
import io.shale.schema.change.Plan;
import io.shale.schema.change.Renames;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * {@code shale diff --from X --to Y}: the SQL that turns X's schema into Y's. Changes nothing of
 * the user's databases. The result is proved by the engine's own definitions: where X is built in a
 * scratch database (migrations, models, a {@code .sql} file), the SQL is applied to it and must reach
 * Y; where X is a live database, X and Y are compared as they are, so "no differences" is never said
 * of two databases that differ in what Shale does not model.
 */
public final class DiffCommand {

    /** @param allowUnproven return the SQL even when the proof finds differences (they become warnings) */
    public record Options(SchemaSource from, SchemaSource to, Renames renames, boolean allowUnproven) {
        public Options(SchemaSource from, SchemaSource to, Renames renames) {
            this(from, to, renames, false);
        }
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

    /**
     * @throws ShaleException GENERATE_UNPROVEN when the SQL does not reach Y (or X and Y differ in what
     *                        Shale cannot render) and {@link Options#allowUnproven()} is not set
     */
    public Result run(Options options) {
        CanonicalComparison canonical = new CanonicalComparison(dialect, skipTable, schemas);
        try (CatalogSources sources = CatalogSources.retaining(dialect, scratch, skipTable, schemas)) {
            Catalog from = options.from().catalog(sources);
            ScratchDatabase fromDb = sources.builtCount() > 0 ? sources.lastBuilt() : null;
            int built = sources.builtCount();
            Catalog to = options.to().catalog(sources);
            DataSource toData = sources.builtCount() > built ? sources.lastBuilt().dataSource()
                    : ((SchemaSource.Database) options.to()).dataSource();
            DataSource fromData = fromDb != null ? fromDb.dataSource() : ((SchemaSource.Database) options.from()).dataSource();
            DataSource settleOn = fromDb != null ? fromDb.dataSource() : sources.builtCount() > built ? toData : null;
            SortedMap<String, String> target = canonical.dump(toData, "--to");
            SortedMap<String, String> source = canonical.dump(fromData, "--from");

            Plan plan = new Differ(dialect.diffHooks()).diff(from, to, options.renames(), skipTable);
            List<String> warnings = new ArrayList<>(plan.warnings());
            List<Difference> gap = canonical.compare(target, source, settleOn, "a scratch database");
            if (gap.isEmpty()) {
                return new Result(List.of(), warnings, 0);
            }
            List<String> sql = plan.isEmpty() ? List.of() : dialect.renderer().render(plan.changes(), from, to);
            List<Difference> left = gap;
            if (!sql.isEmpty() && fromDb != null) {
                left = applied(sources, canonical, fromDb, sql, target, options.allowUnproven(), warnings);
            } else if (!sql.isEmpty()) {
                warnings.add("not proven: --from is a live database, which diff never changes; run the SQL on a copy "
                        + "and compare again");
                left = List.of();
            }
            if (!left.isEmpty() && !options.allowUnproven()) {
                throw Unproven.of(sql.isEmpty() ? "--from (Shale finds no change it can render)"
                        : "The SQL, applied to --from,", "--to", left, "--allow-unproven");
            }
            warnings.addAll(Unproven.warnings("the SQL", left));
            return new Result(sql, warnings, plan.changes().size());
        }
    }

    private List<Difference> applied(CatalogSources sources, CanonicalComparison canonical, ScratchDatabase fromDb,
                                     List<String> sql, SortedMap<String, String> target, boolean allowUnproven,
                                     List<String> warnings) {
        StringBuilder script = new StringBuilder();
        sql.forEach(s -> script.append(s.startsWith("--") ? s : dialect.scriptStatement(s)).append('\n'));
        try {
            sources.apply(fromDb.dataSource(), fromDb.description(), "the diff", script.toString());
        } catch (ShaleException e) {
            if (!allowUnproven) {
                throw e;
            }
            warnings.add("the SQL failed on a scratch copy of --from: " + e.getMessage());
            return List.of();
        }
        return canonical.compare(target, canonical.dump(fromDb.dataSource(), fromDb.description()),
                fromDb.dataSource(), fromDb.description());
    }
}
