package io.shale.run;

import io.shale.dialect.StatementWaits;
import io.shale.error.ShaleException;
import io.shale.history.HistoryTable;
import io.shale.migration.Migration;
import io.shale.run.RunPlan.Mode;
import io.shale.run.RunPlan.Unit;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The database executor: carries out a {@link RunPlan} on the context's connection, statement by
 * statement, or runs of transactional migrations several per round trip where a {@link PipelinedSteps}
 * is given. On a failure it rolls back what the unit's {@link Mode} allows, writes the failed record
 * of a traced migration, and throws the migration's {@code MIGRATION_FAILED} error. The caller holds
 * the migration lock ({@link LockedSession}).
 */
public final class BatchRunner {
    /** One migration that ran. */
    public record Step(Migration migration, long executionMs) {
    }

    private final MigrationContext ctx;
    private final MigrationListener listener;
    private final StatementRunner runner;
    private final DatabaseSteps sender;
    private final PipelinedSteps pipeline;
    private final StatementWaits waits;
    private final WaitObserver observer;

    /** Statement by statement. */
    public BatchRunner(MigrationContext ctx, MigrationListener listener) {
        this(ctx, listener, null);
    }

    /** With {@code pipeline} (may be null) for the runs of transactional migrations of an upgrade. */
    public BatchRunner(MigrationContext ctx, MigrationListener listener, PipelinedSteps pipeline) {
        this.ctx = ctx;
        this.listener = listener;
        this.waits = ctx.dialect().statementWaits();
        this.observer = waits == null ? null : new WaitObserver(ctx, listener, ctx.settings().lockWait());
        this.runner = new StatementRunner(ctx, listener, observer);
        this.sender = new DatabaseSteps(ctx);
        this.pipeline = pipeline;
    }

    /** Statement by statement, or pipelined where the dialect and this connection's driver allow. */
    public static BatchRunner forConnection(MigrationContext ctx, MigrationListener listener) {
        PipelinedSteps pipeline = new PipelinedSteps(ctx, listener, new StatementRunner(ctx));
        return new BatchRunner(ctx, listener, pipeline.enabled() ? pipeline : null);
    }

    /** Runs the plan; returns the migrations that ran, in order. */
    public List<Step> run(RunPlan plan) throws SQLException {
        for (PlanStep s : plan.prologue()) {
            sender.perform(s, plan.direction(), 0);
        }
        try {
            listener.planned(plan.direction(), plan.migrations());
            return plan.atomic() ? atomically(plan) : oneByOne(plan);
        } finally {
            if (observer != null) {
                observer.close();
            }
            for (PlanStep s : plan.epilogue()) {
                try {
                    sender.perform(s, plan.direction(), 0);
                } catch (SQLException e) {
                    // Resetting the session's lock wait on a connection that broke must not hide the run's own
                    // error; such a connection is closed, not reused.
                    if (!(s instanceof PlanStep.LockWaits)) {
                        throw e;
                    }
                }
            }
        }
    }

    private List<Step> oneByOne(RunPlan plan) throws SQLException {
        List<Unit> units = plan.units();
        List<Step> steps = new ArrayList<>();
        boolean pipelined = pipeline != null && plan.direction() == Direction.UP;
        int i = 0;
        while (i < units.size()) {
            if (pipelined) {
                PipelinedSteps.Chunk chunk = pipeline.chunkFrom(units, i);
                if (chunk.units().size() > 1) {
                    List<Step> done = pipeline.run(chunk);
                    steps.addAll(done);
                    i += done.size();
                    if (done.size() == chunk.units().size()) {
                        continue;
                    }
                    // units.get(i) failed in the pipeline: run it the ordinary way for the exact error
                }
            }
            steps.add(unit(plan.direction(), units.get(i)));
            i++;
        }
        return steps;
    }

    private List<Step> atomically(RunPlan plan) throws SQLException {
        boolean ownTransaction = !plan.open().isEmpty();
        List<Step> steps = new ArrayList<>();
        try {
            for (PlanStep s : plan.open()) {
                sender.perform(s, plan.direction(), 0);
            }
            for (Unit u : plan.units()) {
                steps.add(steps(plan.direction(), u));
            }
            for (PlanStep s : plan.close()) {
                sender.perform(s, plan.direction(), 0);
            }
            return steps;
        } catch (StatementRunner.Failure f) {
            rollbackAtomic(ownTransaction);
            throw error(f, false, true, 0);
        } catch (SQLException | RuntimeException e) {
            rollbackAtomic(ownTransaction);
            throw e;
        } finally {
            if (ownTransaction && !ctx.connection().getAutoCommit()) {
                ctx.connection().setAutoCommit(true);
            }
        }
    }

    private void rollbackAtomic(boolean ownTransaction) throws SQLException {
        if (ownTransaction) {
            ctx.connection().rollback();
        } else {
            sender.exec("ROLLBACK");
        }
    }

    /**
     * One unit with its mode's handling of a failure. A transaction that a statement's lock timeout
     * aborted is rolled back and run again after a pause, up to {@code lock-retries} times.
     */
    private Step unit(Direction direction, Unit u) throws SQLException {
        int retries = ctx.settings().lockRetries();
        for (int retry = 0; ; retry++) {
            Step step = attempt(direction, u, retry, retries);
            if (step != null) {
                return step;
            }
            Duration backoff = LockRetries.backoff(retry + 1);
            listener.retryingAfterLockWait(u.migration(), retry + 1, retries, backoff, lastFailure.blockers);
            LockRetries.pause(backoff);
        }
    }

    /** The failure of the last attempt that returned null (a lock timeout to retry). */
    private StatementRunner.Failure lastFailure;

    /** Run {@code retry} (from 0) of the unit; null when a lock timeout rolled its transaction back to retry. */
    private Step attempt(Direction direction, Unit u, int retry, int retries) throws SQLException {
        Connection c = ctx.connection();
        boolean reentered = u.mode() != Mode.TRACED_OUTSIDE_LOCK;
        try {
            Step step = steps(direction, u);
            reentered = true;
            return step;
        } catch (StatementRunner.Failure f) {
            if (u.mode() == Mode.TRANSACTION && f.lockTimeout && retry < retries) {
                c.rollback();
                lastFailure = f;
                return null;
            }
            throw switch (u.mode()) {
                case TRANSACTION -> {
                    c.rollback();
                    yield error(f, false, true, retry);
                }
                case SAVEPOINT -> {
                    sender.exec("ROLLBACK TO " + RunPlanner.SAVEPOINT);
                    sender.exec("RELEASE " + RunPlanner.SAVEPOINT);
                    yield error(f, false, true, 0);
                }
                case TRACED, TRACED_OUTSIDE_LOCK -> traceFailure(direction, u.migration(), f);
                case ATOMIC -> new IllegalStateException("an atomic unit runs inside atomically()", f);
            };
        } catch (SQLException | RuntimeException e) {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            throw e;
        } finally {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            if (!reentered) {
                sender.exec("BEGIN EXCLUSIVE");
            }
        }
    }

    /**
     * A traced migration failed: its transaction (if any) is rolled back; with nothing of it applied the
     * record returns to where it was, otherwise it is marked failed with what took effect.
     */
    private RuntimeException traceFailure(Direction direction, Migration m, StatementRunner.Failure f)
            throws SQLException {
        Connection c = ctx.connection();
        HistoryTable history = ctx.history();
        if (!c.getAutoCommit()) {
            c.rollback();
            c.setAutoCommit(true);
        }
        boolean trace = f.statementsRun != 0;
        if (!trace && direction == Direction.UP) {
            history.delete(c, m.version());
        } else if (!trace) {
            history.markSucceeded(c, m.version(), 0);
        } else {
            history.markFailed(c, m.version(), (direction == Direction.UP ? "up" : "down") + " failed after "
                    + (f.statementsRun < 0 ? "an unknown number of" : String.valueOf(f.statementsRun))
                    + " statement(s) took effect: " + f.detail);
        }
        return withLeftovers(error(f, trace, false, 0), trace);
    }

    /**
     * The error a failure becomes: a lock wait that ran out of retries, or the migration's own failure.
     * {@code transactional}: whether the unit ran in a transaction
     * (then nothing of it remains); {@code unitRetries}: how often the whole unit had been retried before.
     */
    private ShaleException error(StatementRunner.Failure f, boolean leftTrace, boolean transactional,
                                 int unitRetries) {
        return f.lockTimeout
                ? LockRetries.exhausted(f, 1 + unitRetries + f.lockRetries, ctx.settings(), waits, leftTrace)
                : StatementRunner.toException(f, leftTrace, transactional);
    }

    /**
     * Adds to {@code e}'s hint what a failed statement outside a transaction left behind and the
     * statements that remove it (an invalid index of a failed {@code CREATE INDEX CONCURRENTLY}).
     */
    private ShaleException withLeftovers(ShaleException e, boolean leftTrace) {
        if (waits == null) {
            return e;
        }
        List<String> fixes;
        try {
            fixes = waits.leftoverFixes(ctx.connection());
        } catch (SQLException unreadable) {
            return e;
        }
        if (fixes.isEmpty()) {
            return e;
        }
        return new ShaleException(e.code(), e.getMessage() + "\nLeft behind: " + fixes.size()
                + " invalid index(es) in the database, which a failed CREATE INDEX CONCURRENTLY leaves",
                "run " + String.join(" ", fixes.stream().map(f -> "`" + f + "`").toList())
                        + " (outside a transaction) to remove what the failed statement left, fix the migration, "
                        + "and upgrade again" + (leftTrace ? "; also: " + e.hint() : ""), e.getCause());
    }

    /** The unit's steps in order, timing its statements; tells the listener. */
    private Step steps(Direction direction, Unit u) throws StatementRunner.Failure, SQLException {
        long ms = 0;
        for (PlanStep s : u.steps()) {
            if (s instanceof PlanStep.Statements) {
                listener.started(direction, u.migration());
                long start = System.nanoTime();
                runner.run(u.migration(), direction);
                ms = (System.nanoTime() - start) / 1_000_000;
            } else {
                sender.perform(s, direction, ms);
            }
        }
        listener.finished(direction, u.migration(), Duration.ofMillis(ms));
        return new Step(u.migration(), ms);
    }

    /**
     * Ends the lock's transaction where the lock is one (SQLite), keeping what the run did, including
     * the migrations before a failed one. Does nothing when a failed atomic run rolled it back already.
     */
    public static void commitLockTransaction(MigrationContext ctx) throws SQLException {
        if (ctx.dialect().lockIsTransaction() && !ctx.connection().isClosed()) {
            try (Statement st = ctx.connection().createStatement()) {
                st.execute("COMMIT");
            } catch (SQLException e) {
                if (e.getMessage() == null || !e.getMessage().contains("no transaction is active")) {
                    throw e;
                }
            }
        }
    }
}
