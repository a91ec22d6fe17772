package io.shale.command.generate;

import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchDatabase;
import io.shale.dialect.ScratchProvider;
import io.shale.diff.Differ;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.MigrationSet;
import io.shale.migration.MigrationWriter;
import io.shale.proof.CanonicalComparison;
import io.shale.proof.Difference;
import io.shale.proof.Unproven;
import io.shale.schema.Catalog;
import io.shale.schema.change.Plan;
import io.shale.schema.change.Renames;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Predicate;

/**
 * {@code shale generate -m msg}: replays the migrations in one scratch database, applies the
 * models in another, diffs the two inspected catalogs and writes the next migration with an up
 * (migrations to models) and a down (models to migrations) section.
 *
 * <p>Before writing, it proves the file with the engine's own definitions of every object
 * ({@link CanonicalComparison}), not with Shale's model: the up section applied to the replay must
 * reach the models, and the down section must then reach the migrations' schema again. What still
 * differs fails the command ({@code GENERATE_UNPROVEN}, both definitions named), unless
 * {@link Options#allowUnproven()}, in which case the file carries the differences as warnings.
 */
public final class GenerateCommand {

    /**
     * @param dryRun        compute and return the SQL, write nothing
     * @param allowUnproven write the file even when the proof finds differences (they become {@code -- WARNING:} lines)
     */
    public record Options(String message, Renames renames, boolean dryRun, boolean allowUnproven) {
        public Options(String message, Renames renames, boolean dryRun) {
            this(message, renames, dryRun, false);
        }
    }

    /**
     * @param file     the written migration, null when nothing changed or for a dry run
     * @param warnings everything a reviewer must read (possible renames, recreated enums, objects not compared,
     *                 differences the generated SQL does not resolve)
     */
    public record Result(Path file, List<String> up, List<String> down, List<String> warnings) {
        public boolean changed() {
            return !up.isEmpty();
        }
    }

    private static final String FLAG = "--allow-unproven";

    private final Dialect dialect;
    private final ScratchProvider scratch;
    private final MigrationSet migrations;
    private final ModelSource models;
    private final Predicate<String> skipTable;
    private final List<String> schemas;

    public GenerateCommand(Dialect dialect, ScratchProvider scratch, MigrationSet migrations, ModelSource models,
                           Predicate<String> skipTable) {
        this(dialect, scratch, migrations, models, skipTable, List.of());
    }

    /** @param schemas the schemas compared ({@code schemas:}); empty: the engine's default */
    public GenerateCommand(Dialect dialect, ScratchProvider scratch, MigrationSet migrations, ModelSource models,
                           Predicate<String> skipTable, List<String> schemas) {
        this.schemas = List.copyOf(schemas);
        this.dialect = dialect;
        this.scratch = scratch;
        this.migrations = migrations;
        this.models = models;
        this.skipTable = skipTable;
    }

    /**
     * @throws ShaleException GENERATE_UNPROVEN when the proof finds differences and
     *                        {@link Options#allowUnproven()} is not set
     */
    public Result run(Options options) {
        CanonicalComparison canonical = new CanonicalComparison(dialect, skipTable, schemas);
        try (CatalogSources sources = CatalogSources.retaining(dialect, scratch, skipTable, schemas)) {
            Catalog desired = models.catalog(sources);
            ScratchDatabase modelsDb = sources.lastBuilt();
            SortedMap<String, String> wanted = canonical.dump(modelsDb.dataSource(), modelsDb.description());
            ScratchDatabase replay = sources.create("replay");
            sources.replay(replay, migrations, null);
            Catalog current = sources.inspect(replay.dataSource(), replay.description());
            SortedMap<String, String> before = canonical.dump(replay.dataSource(), replay.description());
            List<Difference> gap = canonical.compare(wanted, before, replay.dataSource(), replay.description());
            Differ differ = new Differ(dialect.diffHooks());
            Plan up = differ.diff(current, desired, options.renames(), skipTable);
            List<String> warnings = new ArrayList<>(up.warnings());
            if (gap.isEmpty() || up.isEmpty()) {
                // Equal by the engine's definitions: any change the model sees is a difference of spelling only.
                if (!gap.isEmpty()) {
                    if (!options.allowUnproven()) {
                        throw Unproven.of("The migrations' schema (Shale finds no change it can render)", "the models",
                                gap, null);
                    }
                    warnings.addAll(Unproven.warnings("the migrations' schema", gap));
                }
                return new Result(null, List.of(), List.of(), warnings);
            }
            Plan down = differ.diff(desired, current, Differ.reversed(options.renames()), skipTable);
            List<String> upSql = dialect.renderer().render(up.changes(), current, desired);
            List<String> downSql = dialect.renderer().render(down.changes(), desired, current);
            prove(sources, canonical, replay, upSql, downSql, wanted, before, options.allowUnproven(), warnings);
            Path file = options.dryRun() ? null
                    : MigrationWriter.create(migrations, options.message(), section(upSql, warnings), section(downSql, List.of()));
            return new Result(file, upSql, downSql, warnings);
        }
    }

    /**
     * Applies up, compares with the models; applies down, compares with the migrations' schema.
     * Differences fail the command, or become warnings when {@code allowUnproven}.
     */
    private void prove(CatalogSources sources, CanonicalComparison canonical, ScratchDatabase replay,
                       List<String> upSql, List<String> downSql, SortedMap<String, String> wanted,
                       SortedMap<String, String> before, boolean allowUnproven, List<String> warnings) {
        List<Difference> upLeft;
        List<Difference> downLeft;
        try {
            sources.applyAsMigration(replay.dataSource(), replay.description(), "generated up section", script(upSql));
            upLeft = canonical.compare(wanted, canonical.dump(replay.dataSource(), replay.description()),
                    replay.dataSource(), replay.description());
            sources.applyAsMigration(replay.dataSource(), replay.description(), "generated down section", script(downSql));
            downLeft = canonical.compare(before, canonical.dump(replay.dataSource(), replay.description()),
                    replay.dataSource(), replay.description());
        } catch (ShaleException e) {
            if (!allowUnproven) {
                throw new ShaleException(ErrorCode.GENERATE_UNPROVEN,
                        "The generated SQL failed on a scratch copy of the migrations' schema: " + e.getMessage(),
                        (e.getCause() instanceof SQLException cause ? dialect.generatedFailureHint(cause) : Optional.<String>empty())
                                        .map(h -> h + "; or ").orElse("")
                                + "write that part of the migration by hand, or pass " + FLAG
                                + " to write the file anyway with the failure as a -- WARNING: line", e);
            }
            warnings.add("the generated SQL failed on a scratch copy of the migrations' schema: " + e.getMessage());
            return;
        }
        if (!allowUnproven && !upLeft.isEmpty()) {
            throw Unproven.of("The generated up section, applied to the migrations' schema,", "the models", upLeft, FLAG);
        }
        if (!allowUnproven && !downLeft.isEmpty()) {
            throw Unproven.of("The generated down section, applied after the up section,", "the migrations' schema",
                    downLeft, FLAG);
        }
        warnings.addAll(Unproven.warnings("the up section", upLeft));
        warnings.addAll(Unproven.warnings("the down section", downLeft));
    }

    private String script(List<String> statements) {
        StringBuilder sb = new StringBuilder();
        for (String s : statements) {
            sb.append(s.startsWith("--") ? s : dialect.scriptStatement(s)).append('\n');
        }
        return sb.toString();
    }

    private String section(List<String> statements, List<String> warnings) {
        StringBuilder sb = new StringBuilder();
        for (String w : warnings) {
            sb.append("-- WARNING: ").append(w.replace("\n", " ")).append('\n');
        }
        sb.append(script(statements));
        return sb.toString().stripTrailing();
    }
}
