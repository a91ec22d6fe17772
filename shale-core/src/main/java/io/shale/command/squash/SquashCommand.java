package io.shale.command.squash;

import io.shale.run.MigrationListener;
import io.shale.run.Settings;
import io.shale.run.SumGate;

import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchProvider;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.Migration;
import io.shale.migration.MigrationKind;
import io.shale.migration.MigrationSet;
import io.shale.migration.SquashedRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code shale squash [--through N]}: replaces migrations 1..N by one baseline numbered N that
 * creates the whole catalog and inserts every row present at N, with sequence positions restored.
 * The baseline is proved in scratch databases (same catalog, same rows as the replay) before any
 * file is touched; then the replaced files move to {@code archive/} (or are deleted) and
 * {@code shale.sum} is rewritten. Touches no database but scratch ones.
 *
 * <p>A database already at N or later carries on: its history rows for the replaced versions count
 * as applied (see {@link io.shale.history.Reconciliation}). A database below N is refused by
 * upgrade with its version and the ways forward: {@code upgrade --include-archive} (which checks the
 * archived files against the {@code archive/shale.sum} written here), or a rebuild.
 */
public final class SquashCommand {

    /**
     * @param through the last version replaced, null for the latest
     * @param delete  delete the replaced files instead of moving them to {@code archive/}
     * @param dryRun  build and prove the baseline, write nothing
     */
    public record Options(Integer through, boolean delete, boolean dryRun) {
    }

    /**
     * @param baseline the file written (its would-be path for a dry run)
     * @param replaced the replaced files, in version order
     * @param moved    where each replaced file went, null entries when deleted; empty for a dry run
     * @param content  the baseline file's text
     * @param warnings objects the baseline cannot create (outside Shale's catalog model)
     */
    public record Result(int first, int version, Path baseline, List<Path> replaced, List<Path> moved, String content,
                         int tables, int rows, List<String> warnings) {
        public Result {
            replaced = List.copyOf(replaced);
            moved = java.util.Collections.unmodifiableList(new ArrayList<>(moved));
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The phases told to the listener: the replay of the replaced migrations in a scratch database, one
     * unit per file, then the proof of the baseline in a second one, in {@link #PROOF_STEPS} units.
     */
    public static final String REPLAYING = "Replaying the migrations to squash";
    public static final String PROVING = "Proving the baseline";
    /** The units of {@link #PROVING}, in order, as named to the listener. */
    public static final List<String> PROOF_STEPS = List.of("baseline applied", "sequence positions restored",
            "schema compared", "rows compared");

    private final Dialect dialect;
    private final ScratchProvider scratch;
    private final MigrationSet migrations;
    private final Predicate<String> skipTable;
    private final MigrationListener listener;

    /** @param skipTable the history and meta tables of the scratch replays (by default shale_history, shale_meta) */
    public SquashCommand(Dialect dialect, ScratchProvider scratch, MigrationSet migrations, Predicate<String> skipTable) {
        this(dialect, scratch, migrations, skipTable, MigrationListener.NONE);
    }

    /** @param listener told the phases above as they go; the replay prints no migration lines */
    public SquashCommand(Dialect dialect, ScratchProvider scratch, MigrationSet migrations, Predicate<String> skipTable,
                         MigrationListener listener) {
        this.dialect = dialect;
        this.scratch = scratch;
        this.migrations = migrations;
        this.skipTable = skipTable;
        this.listener = listener;
    }

    /** The tables a squash leaves out: Shale's own, under their default names (the replays use those). */
    public static Predicate<String> shaleTables() {
        Settings defaults = Settings.defaults("");
        return t -> t.equalsIgnoreCase(defaults.historyTable()) || t.equalsIgnoreCase(defaults.metaTable());
    }

    public Result run(Options options) {
        SumGate.verify(migrations);
        int through = target(options.through());
        List<Migration> replaced = migrations.migrations().stream().filter(m -> m.version() <= through).toList();
        for (Migration m : replaced) {
            if (m.kind() != MigrationKind.SQL) {
                throw new ShaleException(ErrorCode.USAGE, "Cannot squash through version " + through + ": "
                        + m.script() + " is a Java migration, which a SQL baseline cannot replace",
                        "squash through a version below " + m.version() + " (--through)");
            }
        }
        int first = replaced.get(0).version();
        for (Migration m : replaced) {
            first = Math.min(first, SquashedRange.of(m).map(SquashedRange::first).orElse(first));
        }
        SquashBaseline.Built built = new SquashBaseline(dialect, scratch, skipTable, listener)
                .build(migrations, through);
        String content = content(built, first, through, replaced);
        SquashFiles files = new SquashFiles(migrations.directory());
        Path baseline = files.baselinePath(through);
        if (options.dryRun()) {
            return new Result(first, through, baseline, paths(replaced), List.of(), content, built.tables(),
                    built.rows(), built.warnings());
        }
        List<Path> moved = files.replace(paths(replaced), options.delete(), baseline, content);
        return new Result(first, through, baseline, paths(replaced), moved, content, built.tables(), built.rows(),
                built.warnings());
    }

    private int target(Integer through) {
        if (migrations.isEmpty()) {
            throw new ShaleException(ErrorCode.TARGET_INVALID, "There are no migrations in " + migrations.directory()
                    + " to squash", "write migrations first (`shale new`)");
        }
        int version = through == null ? migrations.latestVersion() : through;
        if (migrations.find(version).isEmpty()) {
            throw new ShaleException(ErrorCode.TARGET_INVALID, "Cannot squash through version " + version
                    + ": no migration has that number in " + migrations.directory(),
                    "pass the number of an existing file to --through");
        }
        return version;
    }

    private List<Path> paths(List<Migration> replaced) {
        return replaced.stream().map(m -> migrations.directory().resolve(m.script())).toList();
    }

    private String content(SquashBaseline.Built built, int first, int through, List<Migration> replaced) {
        StringBuilder sb = new StringBuilder();
        sb.append("-- Baseline written by `shale squash`: the schema and every row that migrations ").append(first)
                .append(" to ").append(through).append(" left,\n-- proved equal to their replay. It replaces ")
                .append(replaced.size()).append(" file(s), now in archive/ unless deleted.\n")
                .append("-- It has no down section: a baseline cannot be reverted.\n");
        for (String w : built.warnings()) {
            sb.append("-- WARNING: ").append(w.replace("\n", " ")).append('\n');
        }
        sb.append("-- migrate:up\n").append(SquashedRange.directive(first, through)).append('\n');
        sb.append(new SquashBaseline(dialect, scratch, skipTable).script(built.statements()));
        return sb.toString();
    }
}
