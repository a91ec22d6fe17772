package io.shale.command.migrate;

import io.shale.run.BatchRunner;
import io.shale.run.LockedSession;
import io.shale.run.MigrationContext;
import io.shale.run.MigrationListener;
import io.shale.run.RunPlan;
import io.shale.run.RunPlanner;
import io.shale.run.ScriptWriter;
import io.shale.run.SumGate;

import io.shale.dialect.DatabaseIdentity;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.Reconciliation;
import io.shale.migration.Migration;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies pending migrations in version order. The plan is computed once from one read of the
 * history ({@link RunPlanner}); the run carries it out ({@link BatchRunner}, pipelined where the
 * engine allows), a dry run writes it as a script ({@link ScriptWriter}).
 */
public final class UpgradeCommand {

    /**
     * @param target             apply up to and including this version; null for all
     * @param dryRun             print the exact script instead of running it; nothing is changed, no lock taken
     * @param singleTransaction  apply the whole run atomically (engines with transactional DDL only)
     * @param includeArchive     for a database below a squash baseline, first apply the archived files it
     *                           lacks (from {@code archive/}, checked against {@code archive/shale.sum});
     *                           changes nothing for any other database
     */
    public record Options(Integer target, boolean dryRun, boolean singleTransaction, boolean includeArchive) {
        public static final Options ALL = new Options(null, false, false);

        public Options(Integer target, boolean dryRun, boolean singleTransaction) {
            this(target, dryRun, singleTransaction, false);
        }
    }

    /**
     * @param applied      what ran, in order (empty for a dry run)
     * @param script       for a dry run, the SQL that would run, in order, with history statements; else empty
     * @param lockWaited   how long the run waited for another migrator
     * @param lockHolder   who held the lock meanwhile, or null
     * @param database     the database upgraded
     */
    public record Result(DatabaseIdentity database, int fromVersion, int toVersion, List<Applied> applied,
                         List<String> script, Duration lockWaited, String lockHolder) {
    }

    /** One applied migration. */
    public record Applied(int version, String script, long executionMs) {
    }

    private final MigrationContext ctx;
    private final MigrationListener listener;

    public UpgradeCommand(MigrationContext ctx, MigrationListener listener) {
        this.ctx = ctx;
        this.listener = listener;
    }

    public Result run(Options options) {
        SumGate.verify(ctx.migrations());
        try {
            return options.dryRun() ? dryRun(options) : apply(options);
        } catch (SQLException e) {
            throw ctx.databaseError("upgrading", e);
        }
    }

    private Result apply(Options options) throws SQLException {
        try (LockedSession session = LockedSession.openForPlan(ctx, listener)) {
            Reconciliation rec = reconciliation(session.reconciliation, options);
            rec.requireConsistent(ctx.settings().migrationsLabel());
            RunPlan plan = runPlan(rec, options, session.tablesMissing, session.meta);
            List<Applied> applied = new ArrayList<>();
            for (BatchRunner.Step s : BatchRunner.forConnection(ctx, listener).run(plan)) {
                applied.add(new Applied(s.migration().version(), s.migration().script(), s.executionMs()));
            }
            int to = applied.isEmpty() ? rec.currentVersion() : applied.get(applied.size() - 1).version();
            return new Result(ctx.identity(), rec.currentVersion(), to, applied, List.of(), session.waited(),
                    session.waitedFor());
        }
    }

    private RunPlan runPlan(Reconciliation rec, Options options, boolean tablesMissing, Map<String, String> meta) {
        return new RunPlanner(ctx.dialect(), ctx.settings().lockWait()).upgrade(plan(rec, options.target()),
                options.singleTransaction(),
                tablesMissing, meta, ctx.settings().environment(), Instant.now());
    }

    /** With --include-archive, a database below a squash baseline is reconciled with the archived files. */
    private Reconciliation reconciliation(Reconciliation rec, Options options) {
        return options.includeArchive() ? ArchivePlan.reconcile(ctx, rec) : rec;
    }

    private List<Migration> plan(Reconciliation rec, Integer target) {
        List<Migration> pending = rec.pending();
        if (target == null) {
            return pending;
        }
        if (target < rec.currentVersion()) {
            throw new ShaleException(ErrorCode.TARGET_INVALID, "Cannot upgrade to version " + target
                    + ": the database is already at version " + rec.currentVersion(),
                    "use `shale downgrade --to " + target + "` to go back");
        }
        if (target > 0 && rec.entries().stream().noneMatch(e -> e.version() == target && e.migration() != null)) {
            throw new ShaleException(ErrorCode.TARGET_INVALID, "There is no migration with version " + target + " in "
                    + ctx.settings().migrationsLabel() + " (newest is " + ctx.migrations().latestVersion() + ")",
                    "pass the version of an existing migration, as `shale status` lists them");
        }
        List<Migration> out = new ArrayList<>();
        for (Migration m : pending) {
            if (m.version() <= target) {
                out.add(m);
            }
        }
        return out;
    }

    private Result dryRun(Options options) throws SQLException {
        var rows = ctx.history().readIfExists(ctx.connection());
        var meta = ctx.history().readMetaIfExists(ctx.connection());
        Reconciliation rec = reconciliation(Reconciliation.of(ctx.migrations(), rows.orElse(List.of())), options);
        rec.requireConsistent(ctx.settings().migrationsLabel());
        RunPlan plan = runPlan(rec, options, rows.isEmpty() || meta.isEmpty(), meta.orElse(Map.of()));
        List<Migration> migrations = plan.migrations();
        ScriptWriter script = new ScriptWriter(ctx);
        script.comment("Shale upgrade of " + ctx.identity().describe() + " from version " + rec.currentVersion()
                + (migrations.isEmpty() ? " (nothing to do)" : " to " + migrations.get(migrations.size() - 1).version()));
        script.comment("Dry run: nothing below was executed.");
        script.plan(plan);
        int to = migrations.isEmpty() ? rec.currentVersion() : migrations.get(migrations.size() - 1).version();
        return new Result(ctx.identity(), rec.currentVersion(), to, List.of(), script.lines(), Duration.ZERO, null);
    }
}
