package io.shale.command.generate;

import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchDatabase;
import io.shale.dialect.ScratchProvider;
import io.shale.diff.Differ;
import io.shale.error.ShaleException;
import io.shale.migration.MigrationSet;
import io.shale.migration.MigrationWriter;
import io.shale.schema.Catalog;
import io.shale.schema.change.Plan;
import io.shale.schema.change.Renames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code shale generate -m msg}: replays the migrations in one scratch database, applies the
 * models in another, diffs the two inspected catalogs and writes the next migration with an up
 * (migrations to models) and a down (models to migrations) section. Before writing, it proves the
 * file: the up section applied to the replay must give the models' catalog, and the down section
 * must give the replay's catalog back; anything left over becomes a warning in the file.
 */
public final class GenerateCommand {

    /** @param dryRun compute and return the SQL, write nothing */
    public record Options(String message, Renames renames, boolean dryRun) {
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

    public Result run(Options options) {
        CatalogSources sources = new CatalogSources(dialect, scratch, skipTable, schemas);
        Catalog desired = models.catalog(sources);
        Differ differ = new Differ(dialect.diffHooks());
        try (ScratchDatabase replay = scratch.create("replay")) {
            sources.replay(replay, migrations, null);
            Catalog current = sources.inspect(replay.dataSource(), replay.description());
            Plan up = differ.diff(current, desired, options.renames(), skipTable);
            if (up.isEmpty()) {
                return new Result(null, List.of(), List.of(), up.warnings());
            }
            Plan down = differ.diff(desired, current, Differ.reversed(options.renames()), skipTable);
            List<String> upSql = dialect.renderer().render(up.changes(), current, desired);
            List<String> downSql = dialect.renderer().render(down.changes(), desired, current);
            List<String> warnings = new ArrayList<>(up.warnings());
            prove(sources, differ, replay, upSql, downSql, current, desired, warnings);
            Path file = options.dryRun() ? null
                    : MigrationWriter.create(migrations, options.message(), section(upSql, warnings), section(downSql, List.of()));
            return new Result(file, upSql, downSql, warnings);
        }
    }

    /** Applies up then down to the replay and records any difference that remains as a warning. */
    private void prove(CatalogSources sources, Differ differ, ScratchDatabase replay, List<String> upSql,
                       List<String> downSql, Catalog current, Catalog desired, List<String> warnings) {
        try {
            sources.apply(replay.dataSource(), replay.description(), "generated up section", script(upSql));
            Catalog afterUp = sources.inspect(replay.dataSource(), replay.description());
            Plan left = differ.diff(afterUp, desired, Renames.NONE, skipTable);
            if (!left.isEmpty()) {
                warnings.add("the up section does not reproduce the models exactly; still needed after it: "
                        + remaining(left, afterUp, desired));
            }
            sources.apply(replay.dataSource(), replay.description(), "generated down section", script(downSql));
            Catalog afterDown = sources.inspect(replay.dataSource(), replay.description());
            Plan back = differ.diff(afterDown, current, Renames.NONE, skipTable);
            if (!back.isEmpty()) {
                warnings.add("the down section does not restore the previous schema exactly; still needed after it: "
                        + remaining(back, afterDown, current));
            }
        } catch (ShaleException e) {
            warnings.add("the generated SQL failed on a scratch copy of the migrations' schema: " + e.getMessage());
        }
    }

    /** What is still different, as the SQL a reviewer would add (the first three statements). */
    private String remaining(Plan plan, Catalog from, Catalog to) {
        List<String> sql;
        try {
            sql = dialect.renderer().render(plan.changes(), from, to);
        } catch (IllegalArgumentException e) {
            return plan.changes().size() + " change(s), e.g. " + plan.changes().get(0);
        }
        String shown = String.join("; ", sql.subList(0, Math.min(3, sql.size())));
        return sql.size() > 3 ? shown + "; ... (" + sql.size() + " statements)" : shown;
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
