package io.shale.command.lifecycle;

import io.shale.command.migrate.UpgradeCommand;
import io.shale.run.Confirmation;
import io.shale.run.Guard;
import io.shale.run.LockedSession;
import io.shale.run.MigrationContext;
import io.shale.run.MigrationListener;
import io.shale.run.SumGate;

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
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.jdbc.Connections;
import io.shale.jdbc.UrlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Empties every table except Shale's own and the excluded ones, then puts back the reference rows
 * that the migrations themselves insert (read from reset's template database on PostgreSQL, or from
 * a replay in a scratch database), so that the
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

    /** The phases told to the listener, in this order; replaying only where the rows come from a scratch replay. */
    public static final String REPLAYING = "Replaying migrations for reference rows";
    public static final String EMPTYING = "Emptying tables";
    public static final String RESTORING = "Restoring reference rows";

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
            refuseExcludedChildren(graph, tables);
            boolean protectedServer = Guard.isProtected(ctx.settings().environment(), session.storedEnvironment(),
                    ctx.settings().protectedEnvironments());
            Reference reference = options.referenceData().none() ? new Reference(List.of(), List.of())
                    : reference(ops, filter, options.referenceData(), version, protectedServer);
            return LifecycleTransaction.run(ctx, c -> {
                listener.stepStarted(EMPTYING, tables.size());
                ops.empty(c, graph, tables, (table, done) -> listener.stepProgress(done, table));
                listener.stepFinished();
                Map<String, Integer> restored = restore(c, ops, reference.rows());
                ops.restoreSequences(c, reference.sequences().stream()
                        .filter(s -> s.table() != null && tables.contains(s.table())).toList());
                return new Result(ctx.identity(), tables, restored, version);
            });
        } catch (SQLException e) {
            throw ctx.databaseError("clearing", e);
        }
    }

    /**
     * Writes the reference rows table by table, in the order read (parents first), telling the
     * listener the rows written so far after each table; returns the rows per table.
     */
    private Map<String, Integer> restore(Connection c, DataOperations ops, List<TableRows> rows) throws SQLException {
        RowCopier copier = new RowCopier(ops);
        listener.stepStarted(RESTORING, rows.stream().mapToLong(t -> t.rows().size()).sum());
        Map<String, Integer> restored = new LinkedHashMap<>();
        long done = 0;
        for (TableRows t : rows) {
            copier.write(c, List.of(t));
            restored.put(t.table(), t.rows().size());
            done += t.rows().size();
            listener.stepProgress(done, t.table());
        }
        listener.stepFinished();
        return restored;
    }

    /**
     * An excluded table that references a cleared one would block the clear (PostgreSQL refuses the
     * TRUNCATE, enforced keys fail) or keep rows pointing at nothing: refused before anything changes.
     */
    private static void refuseExcludedChildren(DataGraph graph, List<String> tables) {
        for (var fk : graph.foreignKeys()) {
            if (tables.contains(fk.parent()) && !tables.contains(fk.child())) {
                throw new ShaleException(ErrorCode.CONFIG_BAD_VALUE, "Cannot clear " + fk.parent() + " while keeping "
                        + fk.child() + ": the excluded table " + fk.child() + " references it (foreign key "
                        + fk.name() + "); nothing was changed",
                        "add " + fk.parent() + " to exclude: as well, or take " + fk.child() + " out of exclude:");
            }
        }
    }

    private record Reference(List<TableRows> rows, List<SequenceValue> sequences) {
    }

    /**
     * The rows a fresh upgrade to {@code version} leaves. At the latest version on PostgreSQL they are
     * read from reset's template database (built first if missing, then kept: the replay is done once
     * per state of the migration files); otherwise, or when no template can be made (no right to
     * create databases), from a replay in a scratch database. On a protected server no template is
     * made or kept: the replay's scratch database is dropped when done.
     */
    private Reference reference(DataOperations ops, TableFilter filter, ReferenceDataPolicy policy, int version,
                                boolean protectedServer) throws SQLException {
        if (!protectedServer && ops.supportsTemplates() && ops.maintenanceDatabase() != null && ctx.dataSource() instanceof UrlDataSource
                && version == ctx.migrations().latestVersion()) {
            UrlDataSource template;
            try {
                template = new ResetTemplates(ctx, ops, MigrationListener.NONE).template();
            } catch (SQLException e) {
                template = null;
            }
            if (template != null) {
                try (Connection c = Connections.open(template, "the template database of reset")) {
                    return read(ops, filter, policy, c);
                }
            }
        }
        try (ScratchDatabase db = scratch.create("reference");
                MigrationContext replay = MigrationContext.open(db.dataSource(), db.description(), ctx.migrations(),
                        ctx.settings())) {
            listener.stepStarted(REPLAYING, ctx.migrations().migrations().stream()
                    .filter(m -> m.version() <= version).count());
            new UpgradeCommand(replay, MigrationListener.countingFinished(listener))
                    .run(new UpgradeCommand.Options(version, false, false));
            listener.stepFinished();
            return read(ops, filter, policy, replay.connection());
        }
    }

    /** The covered tables' rows and sequences of a database holding a fresh upgrade. */
    private static Reference read(DataOperations ops, TableFilter filter, ReferenceDataPolicy policy, Connection c)
            throws SQLException {
        DataGraph graph = ops.readGraph(c);
        List<String> tables = new ArrayList<>();
        for (String t : filter.touched(graph.tableNames())) {
            if (policy.covers(t)) {
                tables.add(t);
            }
        }
        List<TableRows> rows = new RowCopier(ops).read(c, graph, tables);
        List<SequenceValue> sequences = ops.readSequences(c).stream()
                .filter(s -> s.table() != null && tables.contains(s.table())).toList();
        return new Reference(rows, sequences);
    }
}
