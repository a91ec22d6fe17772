package io.shale.command;

import io.shale.dialect.data.DataGraph;
import io.shale.data.ReferenceDataPolicy;
import io.shale.data.RowCopier;
import io.shale.dialect.data.SequenceValue;
import io.shale.data.TableFilter;
import io.shale.data.TableRows;
import io.shale.dialect.DataOperations;
import io.shale.dialect.DatabaseIdentity;
import io.shale.dialect.ScratchDatabase;
import io.shale.dialect.ScratchProvider;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Empties every table except Shale's own and the excluded ones, then puts back the reference rows
 * that the migrations themselves insert (read from a replay in a scratch database), so that the
 * database holds what a fresh upgrade to its current version gives. One transaction where the
 * engine allows it. Destructive: it checks the {@link Guard}.
 */
public final class ClearCommand {

    /**
     * @param exclude       the {@code exclude:} globs: tables left as they are
     * @param referenceData which reference rows to restore
     */
    public record Options(List<String> exclude, ReferenceDataPolicy referenceData, Confirmation confirmation) {
        public Options {
            exclude = List.copyOf(exclude);
        }
    }

    /**
     * @param cleared  the tables emptied
     * @param restored reference rows put back, per table
     * @param version  the database's version, whose replay gave the reference rows
     */
    public record Result(DatabaseIdentity database, List<String> cleared, Map<String, Integer> restored, int version) {
    }

    private final MigrationContext ctx;
    private final MigrationListener listener;
    private final ScratchProvider scratch;

    /** @param scratch where the migrations are replayed to find the reference rows */
    public ClearCommand(MigrationContext ctx, MigrationListener listener, ScratchProvider scratch) {
        this.ctx = ctx;
        this.listener = listener;
        this.scratch = scratch;
    }

    public Result run(Options options) {
        SumGate.verify(ctx.migrations());
        DataOperations ops = ctx.dialect().dataOperations();
        TableFilter filter = new TableFilter(List.of(ctx.settings().historyTable(), ctx.settings().metaTable()),
                options.exclude());
        try (LockedSession session = LockedSession.open(ctx, listener)) {
            int version = session.reconciliation.currentVersion();
            Guard.check("clear", ctx.identity().database(), ctx.identity().describe(), ctx.settings().environment(),
                    session.storedEnvironment(), ctx.settings().protectedEnvironments(), options.confirmation());
            DataGraph graph = ops.readGraph(ctx.connection());
            List<String> tables = filter.touched(graph.tableNames());
            Reference reference = options.referenceData().none() ? new Reference(List.of(), List.of())
                    : replay(ops, filter, options.referenceData(), version);
            return LifecycleTransaction.run(ctx, c -> {
                ops.empty(c, graph, tables);
                new RowCopier(ops).write(c, reference.rows());
                ops.restoreSequences(c, reference.sequences().stream()
                        .filter(s -> s.table() != null && tables.contains(s.table())).toList());
                Map<String, Integer> restored = new LinkedHashMap<>();
                for (TableRows t : reference.rows()) {
                    restored.put(t.table(), t.rows().size());
                }
                return new Result(ctx.identity(), tables, restored, version);
            });
        } catch (SQLException e) {
            throw ctx.databaseError("clearing", e);
        }
    }

    private record Reference(List<TableRows> rows, List<SequenceValue> sequences) {
    }

    /** Replays the migrations up to {@code version} in a scratch database and reads what they left there. */
    private Reference replay(DataOperations ops, TableFilter filter, ReferenceDataPolicy policy, int version)
            throws SQLException {
        try (ScratchDatabase db = scratch.create("reference");
                MigrationContext replay = MigrationContext.open(db.dataSource(), db.description(), ctx.migrations(),
                        ctx.settings())) {
            new UpgradeCommand(replay, MigrationListener.NONE).run(new UpgradeCommand.Options(version, false, false));
            DataGraph graph = ops.readGraph(replay.connection());
            List<String> tables = new ArrayList<>();
            for (String t : filter.touched(graph.tableNames())) {
                if (policy.covers(t)) {
                    tables.add(t);
                }
            }
            List<TableRows> rows = new RowCopier(ops).read(replay.connection(), graph, tables);
            List<SequenceValue> sequences = ops.readSequences(replay.connection()).stream()
                    .filter(s -> s.table() != null && tables.contains(s.table())).toList();
            return new Reference(rows, sequences);
        }
    }
}
