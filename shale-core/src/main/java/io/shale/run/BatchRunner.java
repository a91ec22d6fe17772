package io.shale.run;

import io.shale.dialect.Dialect;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.history.AppliedMigration;
import io.shale.history.HistoryTable;
import io.shale.migration.Migration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies or reverts a planned list of migrations, each with its history change in the same
 * transaction where the engine allows it:
 * <ul>
 *   <li>transactional DDL (PostgreSQL): one transaction per migration, nothing left on failure; runs
 *       of such files go several per round trip where the dialect pipelines ({@link PipelinedSteps});</li>
 *   <li>the lock is a transaction (SQLite): one savepoint per migration inside it;</li>
 *   <li>otherwise (MySQL/MariaDB and H2, whose DDL commits implicitly, and any
 *       {@code -- shale:no-transaction} migration) the run is <em>traced</em>: an in-progress record
 *       ({@code success = false}) is written first and turned into a success at the end, so a failure
 *       part-way, or a migrator killed part-way, leaves a failed record that later runs refuse to pass
 *       until {@code shale repair}.</li>
 * </ul>
 * The caller holds the migration lock.
 */
public final class BatchRunner {
    /** One migration that ran. */
    public record Step(Migration migration, long executionMs) {
    }

    private static final String SAVEPOINT = "shale_step";

    private final MigrationContext ctx;
    private final MigrationListener listener;
    private final StatementRunner runner;
    private String who;

    public BatchRunner(MigrationContext ctx, MigrationListener listener) {
        this.ctx = ctx;
        this.listener = listener;
        this.runner = new StatementRunner(ctx);
    }

    public List<Step> run(Direction direction, List<Migration> migrations, boolean singleTransaction) throws SQLException {
        listener.planned(direction, migrations);
        if (migrations.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement insert = direction == Direction.UP ? ctx.history().prepareInsert(ctx.connection()) : null) {
            if (singleTransaction) {
                return runAtomically(direction, migrations, insert);
            }
            List<Step> steps = new ArrayList<>();
            PipelinedSteps pipeline = direction == Direction.UP ? new PipelinedSteps(ctx, listener, runner) : null;
            int i = 0;
            while (i < migrations.size()) {
                if (pipeline != null && pipeline.enabled()) {
                    List<PipelinedSteps.Chunked> chunk = pipeline.chunkFrom(migrations, i);
                    if (chunk.size() > 1) {
                        List<Step> done = pipeline.run(chunk);
                        steps.addAll(done);
                        i += done.size();
                        if (done.size() == chunk.size()) {
                            continue;
                        }
                        // migrations.get(i) failed in the pipeline: run it the ordinary way for the exact error
                    }
                }
                steps.add(one(direction, migrations.get(i), insert));
                i++;
            }
            return steps;
        }
    }

    private Step one(Direction direction, Migration m, PreparedStatement insert) throws SQLException {
        Dialect d = ctx.dialect();
        if (m.transactional() && d.lockIsTransaction()) {
            return inSavepoint(direction, m, insert);
        } else if (m.transactional() && d.transactionalDdl()) {
            return inTransaction(direction, m, insert);
        } else if (d.lockIsTransaction()) {
            return outsideLockTransaction(direction, m);
        }
        return traced(direction, m);
    }

    private List<Step> runAtomically(Direction direction, List<Migration> migrations, PreparedStatement insert)
            throws SQLException {
        Dialect d = ctx.dialect();
        for (Migration m : migrations) {
            if (!d.transactionalDdl() || !m.transactional()) {
                throw new ShaleException(ErrorCode.USAGE, "--single-transaction cannot include " + m.script()
                        + (d.transactionalDdl() ? ", which is marked -- shale:no-transaction"
                        : ": " + d.name() + " commits DDL implicitly, so a run cannot be atomic"),
                        "run without --single-transaction");
            }
        }
        Connection c = ctx.connection();
        boolean ownTransaction = !d.lockIsTransaction();
        if (ownTransaction) {
            c.setAutoCommit(false);
        }
        List<Step> steps = new ArrayList<>();
        try {
            for (Migration m : migrations) {
                steps.add(runAndRecord(direction, m, insert));
            }
            if (ownTransaction) {
                c.commit();
            }
            return steps;
        } catch (StatementRunner.Failure f) {
            rollback(ownTransaction);
            throw StatementRunner.toException(f, false);
        } catch (SQLException | RuntimeException e) {
            rollback(ownTransaction);
            throw e;
        } finally {
            if (ownTransaction) {
                c.setAutoCommit(true);
            }
        }
    }

    private void rollback(boolean ownTransaction) throws SQLException {
        if (ownTransaction) {
            ctx.connection().rollback();
        } else {
            exec("ROLLBACK");
        }
    }

    /** Transactional DDL: the migration and its history change commit together or not at all. */
    private Step inTransaction(Direction direction, Migration m, PreparedStatement insert) throws SQLException {
        Connection c = ctx.connection();
        c.setAutoCommit(false);
        try {
            Step step = runAndRecord(direction, m, insert);
            c.commit();
            return step;
        } catch (StatementRunner.Failure f) {
            c.rollback();
            throw StatementRunner.toException(f, false);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** SQLite: a savepoint inside the lock's exclusive transaction; earlier migrations are kept on failure. */
    private Step inSavepoint(Direction direction, Migration m, PreparedStatement insert) throws SQLException {
        exec("SAVEPOINT " + SAVEPOINT);
        try {
            Step step = runAndRecord(direction, m, insert);
            exec("RELEASE " + SAVEPOINT);
            return step;
        } catch (StatementRunner.Failure f) {
            exec("ROLLBACK TO " + SAVEPOINT);
            exec("RELEASE " + SAVEPOINT);
            throw StatementRunner.toException(f, false);
        }
    }

    /** SQLite, no-transaction migration: leave the lock's transaction, run traced, take the lock again. */
    private Step outsideLockTransaction(Direction direction, Migration m) throws SQLException {
        exec("COMMIT");
        try {
            return traced(direction, m);
        } finally {
            exec("BEGIN EXCLUSIVE");
        }
    }

    private Step runAndRecord(Direction direction, Migration m, PreparedStatement insert)
            throws StatementRunner.Failure, SQLException {
        listener.started(direction, m);
        long start = System.nanoTime();
        runner.run(m, direction);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (direction == Direction.UP) {
            HistoryTable.insert(insert, row(m, ms, true, null));
        } else {
            ctx.history().delete(ctx.connection(), m.version());
        }
        listener.finished(direction, m, Duration.ofMillis(ms));
        return new Step(m, ms);
    }

    /**
     * Where a failure can leave part of a migration behind: an in-progress record first, then the
     * statements (in a transaction when the migration allows, which still keeps its DML atomic),
     * then the record turned into the final state.
     */
    private Step traced(Direction direction, Migration m) throws SQLException {
        Connection c = ctx.connection();
        HistoryTable history = ctx.history();
        String inProgress = (direction == Direction.UP ? "up" : "down") + " started at " + Instant.now() + " by "
                + who() + " and did not finish: if no migrator is running, it "
                + "died part-way; check which statements of " + m.script() + " took effect";
        if (direction == Direction.UP) {
            history.insert(c, row(m, 0, false, inProgress));
        } else {
            history.markFailed(c, m.version(), inProgress);
        }
        listener.started(direction, m);
        long start = System.nanoTime();
        boolean tx = m.transactional();
        if (tx) {
            c.setAutoCommit(false);
        }
        try {
            runner.run(m, direction);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (direction == Direction.UP) {
                history.markSucceeded(c, m.version(), ms);
            } else {
                history.delete(c, m.version());
            }
            if (tx) {
                c.commit();
            }
            listener.finished(direction, m, Duration.ofMillis(ms));
            return new Step(m, ms);
        } catch (StatementRunner.Failure f) {
            if (tx) {
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
            throw StatementRunner.toException(f, trace);
        } catch (SQLException | RuntimeException e) {
            if (tx) {
                c.rollback();
            }
            throw e;
        } finally {
            if (tx) {
                c.setAutoCommit(true);
            }
        }
    }

    /** {@code pid@host} of this migrator, looked up once per run (the host name may need DNS). */
    private String who() {
        if (who == null) {
            String host;
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "localhost";
            }
            who = "process " + ProcessHandle.current().pid() + "@" + host;
        }
        return who;
    }

    private AppliedMigration row(Migration m, long ms, boolean success, String error) {
        return new AppliedMigration(m.version(), m.description(), m.checksum(), m.kind().name(), Instant.now(),
                ctx.identity().user(), ms, success, error);
    }

    private void exec(String sql) throws SQLException {
        try (Statement st = ctx.connection().createStatement()) {
            st.execute(sql);
        }
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
