package io.shale.command.lifecycle;

import io.shale.run.Confirmation;
import io.shale.run.Guard;
import io.shale.run.LockedSession;
import io.shale.run.MigrationContext;
import io.shale.run.MigrationListener;

import io.shale.dialect.data.DataGraph;
import io.shale.dialect.data.DataTable;
import io.shale.data.ForeignKeyIndexes;
import io.shale.data.PurgeClosure;
import io.shale.data.PurgeRule;
import io.shale.data.Purger;
import io.shale.data.TableFilter;
import io.shale.dialect.DataOperations;
import io.shale.dialect.DatabaseIdentity;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Deletes the rows matching a rule and every row that depends on them through foreign keys,
 * children first, in one transaction ({@link Purger} says how). A dry run counts the same rows and
 * changes nothing. Destructive: a real run checks the {@link Guard}.
 */
public final class PurgeCommand {

    /**
     * @param params  the values of the rule's {@code :name} parameters, bound, never spliced
     * @param exclude the {@code exclude:} globs; a purge that would reach such a table is refused
     */
    public record Options(PurgeRule rule, Map<String, String> params, boolean dryRun, List<String> exclude,
                          Confirmation confirmation) {
        public Options {
            params = Map.copyOf(params);
            exclude = List.copyOf(exclude);
        }
    }

    /**
     * @param counts     rows per table (deleted, or that would be for a dry run), the rule's table first
     * @param unindexed  the closure's foreign keys without an index on their referencing columns,
     *                   each warned about before anything was deleted
     */
    public record Result(DatabaseIdentity database, PurgeRule rule, Map<String, Long> counts, boolean dryRun,
                         List<ForeignKeyIndexes.Unindexed> unindexed) {
        public Result(DatabaseIdentity database, PurgeRule rule, Map<String, Long> counts, boolean dryRun) {
            this(database, rule, counts, dryRun, List.of());
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final MigrationContext ctx;
    private final MigrationListener listener;

    public PurgeCommand(MigrationContext ctx, MigrationListener listener) {
        this.ctx = ctx;
        this.listener = listener;
    }

    /** The listener's phases, for the purger. */
    private Purger.Steps steps() {
        return new Purger.Steps() {
            @Override
            public void started(String what, long total) {
                listener.stepStarted(what, total);
            }

            @Override
            public void progress(long done, String current) {
                listener.stepProgress(done, current);
            }

            @Override
            public void finished() {
                listener.stepFinished();
            }
        };
    }

    public Result run(Options options) {
        DataOperations ops = ctx.dialect().dataOperations();
        TableFilter filter = new TableFilter(List.of(ctx.settings().historyTable(), ctx.settings().metaTable()),
                options.exclude());
        try (LockedSession session = LockedSession.open(ctx, listener)) {
            if (!options.dryRun()) {
                Guard.check("purge", ctx.identity().database(), options.rule().describe() + " from "
                                + ctx.identity().describe(), ctx.settings().environment(), session.storedEnvironment(),
                        ctx.settings().protectedEnvironments(), options.confirmation());
            }
            DataGraph graph = ops.readGraph(ctx.connection());
            DataTable root = graph.findIgnoringCase(options.rule().table()).orElseThrow(() -> new ShaleException(
                    ErrorCode.USAGE, "There is no table " + options.rule().table() + " in " + ctx.identity().describe(),
                    "name a table of the current schema"));
            PurgeClosure closure = PurgeClosure.of(graph, root);
            for (DataTable t : closure.tables()) {
                if (!filter.touches(t.name())) {
                    throw new ShaleException(ErrorCode.USAGE, "Refusing to purge: the rows of " + root.name()
                            + " are referenced from " + t.name() + ", which is Shale's own or excluded",
                            "remove " + t.name() + " from `exclude:` or purge from another table");
                }
            }
            List<ForeignKeyIndexes.Unindexed> unindexed = ForeignKeyIndexes.unindexed(ctx.connection(), ops,
                    java.util.stream.Stream.concat(closure.edges().stream(), closure.detach().stream()).toList());
            unindexed.forEach(u -> listener.warning(u.describe()));
            Purger purger = new Purger(ops, ctx.connection(), closure);
            purger.createKeyTables();
            try {
                Map<String, Long> counts = LifecycleTransaction.run(ctx,
                        c -> purger.run(options.rule().where(), options.params(), options.dryRun(), steps()));
                return new Result(ctx.identity(), options.rule(), counts, options.dryRun(), unindexed);
            } finally {
                purger.dropKeyTables();
            }
        } catch (SQLException e) {
            throw ctx.databaseError("purging " + options.rule().describe(), e);
        }
    }
}
