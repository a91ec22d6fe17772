package io.shale.command.squash;

import io.shale.command.generate.CatalogSources;
import io.shale.command.migrate.UpgradeCommand;
import io.shale.data.snapshot.DataSnapshot;
import io.shale.data.snapshot.InsertScript;
import io.shale.data.snapshot.SnapshotReader;
import io.shale.dialect.SnapshotSql;
import io.shale.dialect.DataOperations;
import io.shale.dialect.Dialect;
import io.shale.dialect.ScratchDatabase;
import io.shale.dialect.ScratchProvider;
import io.shale.dialect.data.SequenceValue;
import io.shale.diff.Differ;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.Connections;
import io.shale.migration.MigrationSet;
import io.shale.run.MigrationContext;
import io.shale.run.MigrationListener;
import io.shale.run.Settings;
import io.shale.schema.Catalog;
import io.shale.schema.change.Plan;
import io.shale.schema.change.Renames;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Builds the up section of a squash baseline and proves it: the migrations are replayed to the
 * squashed version in one scratch database; the whole catalog is rendered from the empty catalog of
 * a second one, followed by every row and the sequence positions; that script is applied to the
 * second database, and both must then hold the same catalog and the same rows.
 */
final class SquashBaseline {

    /**
     * @param statements the up section's statements, in order, without terminators
     * @param warnings   what the differ could not render (objects outside the catalog model)
     */
    record Built(List<String> statements, List<String> warnings, int tables, int rows) {
    }

    private final Dialect dialect;
    private final ScratchProvider scratch;
    private final Predicate<String> skipTable;
    private final MigrationListener listener;

    SquashBaseline(Dialect dialect, ScratchProvider scratch, Predicate<String> skipTable) {
        this(dialect, scratch, skipTable, MigrationListener.NONE);
    }

    /** @param listener told {@link SquashCommand#REPLAYING} and {@link SquashCommand#PROVING} as they go */
    SquashBaseline(Dialect dialect, ScratchProvider scratch, Predicate<String> skipTable, MigrationListener listener) {
        this.dialect = dialect;
        this.scratch = scratch;
        this.skipTable = skipTable;
        this.listener = listener;
    }

    Built build(MigrationSet migrations, int through) {
        CatalogSources sources = new CatalogSources(dialect, scratch, skipTable);
        DataOperations ops = dialect.dataOperations();
        SnapshotReader reader = new SnapshotReader(ops, dialect.snapshotSql());
        Differ differ = new Differ(dialect.diffHooks());
        try (ScratchDatabase replay = scratch.create("squash");
                ScratchDatabase baseline = scratch.create("baseline")) {
            replay(replay, migrations, through);
            Catalog replayed = sources.inspect(replay.dataSource(), replay.description());
            DataSnapshot rows = snapshot(reader, replay.dataSource(), replay.description());
            Catalog empty = sources.inspect(baseline.dataSource(), baseline.description());
            Plan plan = differ.diff(empty, replayed, Renames.NONE, skipTable);
            List<String> statements = new ArrayList<>(dialect.renderer().render(plan.changes(), empty, replayed));
            statements.addAll(new InsertScript(ops).statements(rows));
            listener.stepStarted(SquashCommand.PROVING, SquashCommand.PROOF_STEPS.size());
            sources.apply(baseline.dataSource(), baseline.description(), "the baseline", script(statements));
            proved(1);
            List<String> restore = restores(rows, snapshot(reader, baseline.dataSource(), baseline.description()), ops);
            sources.apply(baseline.dataSource(), baseline.description(), "the baseline's sequence positions",
                    script(restore));
            statements.addAll(restore);
            proved(2);
            List<String> differences = new ArrayList<>();
            Catalog built = sources.inspect(baseline.dataSource(), baseline.description());
            Plan left = differ.diff(built, replayed, Renames.NONE, skipTable);
            left.changes().forEach(c -> differences.add("schema: " + c));
            if (!built.unsupported().equals(replayed.unsupported())) {
                differences.add("objects Shale cannot model differ: replay has " + replayed.unsupported()
                        + ", baseline has " + built.unsupported());
            }
            proved(3);
            differences.addAll(rows.differences(snapshot(reader, baseline.dataSource(), baseline.description())));
            proved(4);
            listener.stepFinished();
            if (!differences.isEmpty()) {
                throw new ShaleException(ErrorCode.VALIDATION_FAILED, "The baseline for versions up to " + through
                        + " does not rebuild what the migrations build; nothing was written. Differences:\n  "
                        + String.join("\n  ", differences.subList(0, Math.min(20, differences.size()))),
                        "squash through an earlier version (--through), or report the difference as a bug");
            }
            return new Built(statements, plan.warnings(), rows.tables().size(), rows.rowCount());
        }
    }

    /**
     * Replays the migrations up to {@code through} into {@code db} as {@link CatalogSources#replay} does,
     * telling the listener each file as it finishes.
     */
    private void replay(ScratchDatabase db, MigrationSet migrations, int through) {
        listener.stepStarted(SquashCommand.REPLAYING,
                migrations.migrations().stream().filter(m -> m.version() <= through).count());
        try (MigrationContext ctx = MigrationContext.open(db.dataSource(), db.description(), migrations,
                Settings.defaults(migrations.directory().toString()))) {
            new UpgradeCommand(ctx, MigrationListener.countingFinished(listener))
                    .run(new UpgradeCommand.Options(through, false, false));
        }
        listener.stepFinished();
    }

    private void proved(int done) {
        listener.stepProgress(done, SquashCommand.PROOF_STEPS.get(done - 1));
    }

    /** The statements moving each sequence of {@code built} to where it stands in {@code wanted}. */
    private List<String> restores(DataSnapshot wanted, DataSnapshot built, DataOperations ops) {
        SnapshotSql sql = dialect.snapshotSql();
        Map<String, Long> have = new HashMap<>();
        built.sequences().forEach(s -> have.put(s.sequence(), s.next()));
        List<String> out = new ArrayList<>();
        for (SequenceValue s : wanted.sequences()) {
            Long current = have.get(s.sequence());
            if (current == null || current != s.next()) {
                out.addAll(sql.restore(s, ops));
            }
        }
        return out;
    }

    private DataSnapshot snapshot(SnapshotReader reader, DataSource ds, String where) {
        try (Connection c = Connections.open(ds, where)) {
            return reader.read(c, skipTable);
        } catch (SQLException e) {
            throw new ShaleException(ErrorCode.DB_ERROR, "Could not read the rows of " + where + ": " + e.getMessage(),
                    null, e);
        }
    }

    /** Statements as a script the dialect's splitter reads back one by one. */
    String script(List<String> statements) {
        StringBuilder sb = new StringBuilder();
        for (String s : statements) {
            sb.append(s.startsWith("--") ? s : dialect.scriptStatement(s)).append('\n');
        }
        return sb.toString();
    }
}
