package io.shale.command.migrate;

import io.shale.run.BatchRunner;
import io.shale.run.Confirmation;
import io.shale.run.Guard;
import io.shale.run.LockedSession;
import io.shale.run.MigrationContext;
import io.shale.run.MigrationListener;
import io.shale.run.RunPlan;
import io.shale.run.RunPlanner;
import io.shale.run.ScriptWriter;
import io.shale.run.SumGate;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.Reconciliation;
import io.shale.migration.Migration;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reverts applied migrations, newest first, each with the removal of its history row in the same
 * transaction where the engine allows it. A destructive command: it checks the {@link Guard}.
 */
public final class DowngradeCommand {

    /**
     * @param target revert every migration above this version (0 reverts all); null to use {@code steps}
     * @param steps  how many migrations to revert when {@code target} is null (default 1)
     */
    public record Options(Integer target, Integer steps, boolean dryRun, Confirmation confirmation) {
    }

    /** @param reverted what was reverted, newest first; for a dry run, {@code script} holds the SQL instead */
    public record Result(int fromVersion, int toVersion, List<UpgradeCommand.Applied> reverted, List<String> script) {
    }

    private final MigrationContext ctx;
    private final MigrationListener listener;

    public DowngradeCommand(MigrationContext ctx, MigrationListener listener) {
        this.ctx = ctx;
        this.listener = listener;
    }

    public Result run(Options options) {
        if (options.target() != null && options.steps() != null) {
            throw new ShaleException(ErrorCode.USAGE, "downgrade takes --to or --steps, not both",
                    "use --to VERSION to go back to a version, or --steps K to revert the last K migrations");
        }
        SumGate.verify(ctx.migrations());
        try {
            if (options.dryRun()) {
                var rows = ctx.history().readIfExists(ctx.connection());
                boolean tablesMissing = rows.isEmpty() || ctx.history().readMetaIfExists(ctx.connection()).isEmpty();
                var rec = Reconciliation.of(ctx.migrations(), rows.orElse(List.of()));
                rec.requireConsistent(ctx.settings().migrationsLabel());
                List<Migration> plan = plan(rec, options);
                ScriptWriter script = new ScriptWriter(ctx);
                script.comment("Shale downgrade of " + ctx.identity().describe() + " (dry run: nothing was executed)");
                script.plan(new RunPlanner(ctx.dialect(), ctx.settings().lockWait()).downgrade(plan, tablesMissing));
                return new Result(rec.currentVersion(), toVersion(rec, plan), List.of(), script.lines());
            }
            try (LockedSession session = LockedSession.openForPlan(ctx, listener)) {
                Reconciliation rec = session.reconciliation;
                rec.requireConsistent(ctx.settings().migrationsLabel());
                List<Migration> plan = plan(rec, options);
                if (!plan.isEmpty()) {
                    Guard.check("downgrade", ctx.identity().database(), ctx.identity().describe()
                                    + " from version " + rec.currentVersion() + " to " + toVersion(rec, plan),
                            ctx.settings().environment(), session.storedEnvironment(),
                            ctx.settings().protectedEnvironments(), options.confirmation());
                }
                RunPlan runPlan = new RunPlanner(ctx.dialect(), ctx.settings().lockWait())
                        .downgrade(plan, session.tablesMissing);
                List<UpgradeCommand.Applied> reverted = new ArrayList<>();
                for (BatchRunner.Step s : new BatchRunner(ctx, listener).run(runPlan)) {
                    reverted.add(new UpgradeCommand.Applied(s.migration().version(), s.migration().script(),
                            s.executionMs()));
                }
                return new Result(rec.currentVersion(), toVersion(rec, plan), reverted, List.of());
            }
        } catch (SQLException e) {
            throw ctx.databaseError("downgrading", e);
        }
    }

    private static int toVersion(Reconciliation rec, List<Migration> plan) {
        if (plan.isEmpty()) {
            return rec.currentVersion();
        }
        int lowest = plan.get(plan.size() - 1).version();
        int to = 0;
        for (Reconciliation.Entry e : rec.applied()) {
            if (e.version() < lowest) {
                to = e.version();
            }
        }
        return to;
    }

    private List<Migration> plan(Reconciliation rec, Options options) {
        List<Reconciliation.Entry> applied = rec.applied();
        List<Migration> plan = new ArrayList<>();
        if (options.target() != null) {
            int target = options.target();
            boolean known = target == 0;
            for (Reconciliation.Entry e : applied) {
                known |= e.version() == target;
            }
            if (target < 0 || target > rec.currentVersion() || !known) {
                throw new ShaleException(ErrorCode.TARGET_INVALID, "Cannot downgrade to version " + target
                        + ": it is not an applied version (current version is " + rec.currentVersion() + ")",
                        "pass 0 or a version that `shale history` lists");
            }
            for (int i = applied.size() - 1; i >= 0 && applied.get(i).version() > target; i--) {
                plan.add(applied.get(i).migration());
            }
        } else {
            int steps = options.steps() == null ? 1 : options.steps();
            if (steps < 1) {
                throw new ShaleException(ErrorCode.USAGE, "--steps must be at least 1, got " + steps, null);
            }
            if (steps > applied.size()) {
                throw new ShaleException(ErrorCode.TARGET_INVALID, "Cannot revert " + steps + " migrations: only "
                        + applied.size() + " are applied", "pass --steps " + applied.size() + " or --to 0 to revert all");
            }
            for (int i = applied.size() - 1; i >= applied.size() - steps; i--) {
                plan.add(applied.get(i).migration());
            }
        }
        for (Migration m : plan) {
            if (!m.hasDown()) {
                throw new ShaleException(ErrorCode.NO_DOWN_SECTION, "Migration " + m.script()
                        + " has no down section, so it cannot be reverted; nothing was reverted",
                        "add a -- migrate:down section to the file (then `shale repair --checksums`), "
                                + "or downgrade only to a version above " + m.version());
            }
        }
        return plan;
    }
}
