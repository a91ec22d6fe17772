package io.shale.run;

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

    /** Statement by statement. */
    public BatchRunner(MigrationContext ctx, MigrationListener listener) {
        this(ctx, listener, null);
    }

    /** With {@code pipeline} (may be null) for the runs of transactional migrations of an upgrade. */
    public BatchRunner(MigrationContext ctx, MigrationListener listener, PipelinedSteps pipeline) {
        this.ctx = ctx;
        this.listener = listener;
        this.runner = new StatementRunner(ctx);
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
            for (PlanStep s : plan.epilogue()) {
                sender.perform(s, plan.direction(), 0);
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
            throw StatementRunner.toException(f, false, true);
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

    /** One unit with its mode's handling of a failure. */
    private Step unit(Direction direction, Unit u) throws SQLException {
        Connection c = ctx.connection();
        boolean reentered = u.mode() != Mode.TRACED_OUTSIDE_LOCK;
        try {
            Step step = steps(direction, u);
            reentered = true;
            return step;
        } catch (StatementRunner.Failure f) {
            throw switch (u.mode()) {
                case TRANSACTION -> {
                    c.rollback();
                    yield StatementRunner.toException(f, false, true);
                }
                case SAVEPOINT -> {
                    sender.exec("ROLLBACK TO " + RunPlanner.SAVEPOINT);
                    sender.exec("RELEASE " + RunPlanner.SAVEPOINT);
                    yield StatementRunner.toException(f, false, true);
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
        return StatementRunner.toException(f, trace, false);
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
