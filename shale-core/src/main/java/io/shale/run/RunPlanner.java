package io.shale.run;

import io.shale.dialect.Dialect;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.Migration;
import io.shale.run.PlanStep.HistoryWrite;
import io.shale.run.RunPlan.Mode;
import io.shale.run.RunPlan.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link RunPlan} of an upgrade or downgrade from the dialect's facts. Each migration goes
 * with its history change in the same transaction where the engine allows it:
 * <ul>
 *   <li>transactional DDL (PostgreSQL): one transaction per migration, nothing left on failure;</li>
 *   <li>the lock is a transaction (SQLite): one savepoint per migration inside it;</li>
 *   <li>otherwise (MySQL/MariaDB and H2, whose DDL commits implicitly, and any
 *       {@code -- shale:no-transaction} migration) the run is <em>traced</em>: an in-progress record
 *       ({@code success = false}) is written first and turned into a success at the end, so a failure
 *       part-way, or a migrator killed part-way, leaves a failed record that later runs refuse to pass
 *       until {@code shale repair}.</li>
 * </ul>
 */
public final class RunPlanner {
    /** The savepoint each SQLite migration runs in. */
    static final String SAVEPOINT = "shale_step";

    private final Dialect dialect;
    /** The statement lock wait, or null where the run leaves the session's as it is. */
    private final Duration lockWait;

    /** A plan that leaves the session's lock waits as they are. */
    public RunPlanner(Dialect dialect) {
        this(dialect, Duration.ZERO);
    }

    /**
     * A plan whose statements wait at most {@code lockWait} for a table lock where the engine can limit
     * that ({@link Dialect#statementWaits()}): set at the end of the prologue (after the migration lock,
     * the history tables and the meta rows), lifted around each
     * {@code -- shale:no-transaction} file, and returned to the server's default before the lock is
     * released. Zero leaves the session as it is.
     */
    public RunPlanner(Dialect dialect, Duration lockWait) {
        this.dialect = dialect;
        this.lockWait = lockWait.isZero() || dialect.statementWaits() == null ? null : lockWait;
    }

    /**
     * The plan of an upgrade.
     *
     * @param tablesMissing     whether the history or the meta table is missing (the run creates both)
     * @param meta              the meta rows as read (empty when the table is missing)
     * @param environment       the configured environment, recorded once
     * @param now               when the run starts, recorded once as {@code created_at}
     * @throws ShaleException   {@code USAGE} when {@code singleTransaction} cannot be kept
     */
    public RunPlan upgrade(List<Migration> migrations, boolean singleTransaction, boolean tablesMissing,
                           Map<String, String> meta, String environment, Instant now) {
        List<PlanStep> prologue = opening(tablesMissing);
        if (!meta.containsKey(Guard.ENVIRONMENT_KEY)) {
            prologue.add(new PlanStep.PutMeta(Guard.ENVIRONMENT_KEY, environment, false));
        }
        if (!meta.containsKey("created_at")) {
            prologue.add(new PlanStep.PutMeta("created_at", now.toString(), false));
        }
        if (!Settings.TOOL_VERSION.equals(meta.get("tool_version"))) {
            prologue.add(new PlanStep.PutMeta("tool_version", Settings.TOOL_VERSION, true));
        }
        return plan(Direction.UP, migrations, singleTransaction, prologue);
    }

    /** The plan of a downgrade; {@code migrations} newest first. */
    public RunPlan downgrade(List<Migration> migrations, boolean tablesMissing) {
        return plan(Direction.DOWN, migrations, false, opening(tablesMissing));
    }

    private List<PlanStep> opening(boolean tablesMissing) {
        List<PlanStep> prologue = new ArrayList<>();
        prologue.add(new PlanStep.Lock());
        if (tablesMissing) {
            prologue.add(new PlanStep.CreateHistoryTables());
        }
        return prologue;
    }

    private RunPlan plan(Direction direction, List<Migration> migrations, boolean atomic, List<PlanStep> prologue) {
        List<PlanStep> epilogue = new ArrayList<>();
        if (lockWait != null && !migrations.isEmpty()) {
            prologue.add(new PlanStep.LockWaits(lockWait));
            epilogue.add(new PlanStep.LockWaits(null));
        }
        if (dialect.lockIsTransaction()) {
            epilogue.add(new PlanStep.EndLockTransaction());
        }
        epilogue.add(new PlanStep.Unlock());
        List<Unit> units = new ArrayList<>();
        if (atomic) {
            requireAtomic(migrations);
            for (Migration m : migrations) {
                units.add(new Unit(m, Mode.ATOMIC, List.of(new PlanStep.Statements(m), record(direction, m))));
            }
            boolean ownTransaction = !dialect.lockIsTransaction() && !migrations.isEmpty();
            return new RunPlan(direction, true, prologue,
                    ownTransaction ? List.of(new PlanStep.Begin()) : List.of(), units,
                    ownTransaction ? List.of(new PlanStep.Commit()) : List.of(), epilogue);
        }
        for (Migration m : migrations) {
            units.add(unit(direction, m));
        }
        return new RunPlan(direction, false, prologue, List.of(), units, List.of(), epilogue);
    }

    private Unit unit(Direction direction, Migration m) {
        if (m.transactional() && dialect.lockIsTransaction()) {
            return new Unit(m, Mode.SAVEPOINT, List.of(new PlanStep.Savepoint(SAVEPOINT), new PlanStep.Statements(m),
                    record(direction, m), new PlanStep.Release(SAVEPOINT)));
        } else if (m.transactional() && dialect.transactionalDdl()) {
            return new Unit(m, Mode.TRANSACTION, List.of(new PlanStep.Begin(), new PlanStep.Statements(m),
                    record(direction, m), new PlanStep.Commit()));
        }
        List<PlanStep> steps = new ArrayList<>();
        boolean outsideLock = dialect.lockIsTransaction();
        if (outsideLock) {
            steps.add(new PlanStep.LeaveLockTransaction());
        }
        boolean up = direction == Direction.UP;
        steps.add(new PlanStep.History(up ? HistoryWrite.INSERT_IN_PROGRESS : HistoryWrite.MARK_IN_PROGRESS, m));
        // In a transaction where the migration allows, which still keeps its DML atomic.
        if (m.transactional()) {
            steps.add(new PlanStep.Begin());
        }
        boolean lifted = lockWait != null && !m.transactional();
        if (lifted) {
            steps.add(new PlanStep.LockWaits(Duration.ZERO));
        }
        steps.add(new PlanStep.Statements(m));
        if (lifted) {
            steps.add(new PlanStep.LockWaits(lockWait));
        }
        steps.add(new PlanStep.History(up ? HistoryWrite.MARK_SUCCEEDED : HistoryWrite.DELETE, m));
        if (m.transactional()) {
            steps.add(new PlanStep.Commit());
        }
        if (outsideLock) {
            steps.add(new PlanStep.ReenterLockTransaction());
        }
        return new Unit(m, outsideLock ? Mode.TRACED_OUTSIDE_LOCK : Mode.TRACED, steps);
    }

    private static PlanStep record(Direction direction, Migration m) {
        return new PlanStep.History(direction == Direction.UP ? HistoryWrite.INSERT_APPLIED : HistoryWrite.DELETE, m);
    }

    /** An atomic run needs transactional DDL and no {@code -- shale:no-transaction} file; refused before anything runs. */
    private void requireAtomic(List<Migration> migrations) {
        for (Migration m : migrations) {
            if (!dialect.transactionalDdl() || !m.transactional()) {
                throw new ShaleException(ErrorCode.USAGE, "--single-transaction cannot include " + m.script()
                        + (dialect.transactionalDdl() ? ", which is marked -- shale:no-transaction"
                        : ": " + dialect.name() + " commits DDL implicitly, so a run cannot be atomic"),
                        "run without --single-transaction");
            }
        }
    }
}
