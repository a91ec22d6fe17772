package io.shale.run;

import io.shale.dialect.Blocker;
import io.shale.dialect.StatementWaits;
import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import io.shale.migration.Migration;
import io.shale.migration.MigrationBody;
import io.shale.migration.Section;
import io.shale.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Runs one direction of one migration on a connection, statement by statement, and describes a
 * failure precisely: the file, the line, the statement, the database's message, and how many
 * earlier statements of the file had run.
 */
public final class StatementRunner {

    /**
     * Thrown when a migration's own code fails; carries how many statements ran before the failure
     * (-1 when unknown, for Java migrations).
     */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final int statementsRun;
        final String detail;
        /** The statements of the file that ran before the failure, as {@code line N: first words}. */
        final List<String> tookEffect;
        /** Whether the statement gave up waiting for a lock ({@link StatementWaits#isLockTimeout}). */
        final boolean lockTimeout;
        /** The sessions seen holding that lock; empty when none were seen. */
        final transient List<Blocker> blockers;
        /** How often the statement had been retried in place before this failure. */
        final int lockRetries;

        Failure(int statementsRun, String detail, Throwable cause) {
            this(statementsRun, detail, List.of(), cause);
        }

        Failure(int statementsRun, String detail, List<String> tookEffect, Throwable cause) {
            this(statementsRun, detail, tookEffect, cause, false, List.of(), 0);
        }

        Failure(int statementsRun, String detail, List<String> tookEffect, Throwable cause, boolean lockTimeout,
                List<Blocker> blockers, int lockRetries) {
            super(detail, cause);
            this.statementsRun = statementsRun;
            this.detail = detail;
            this.tookEffect = List.copyOf(tookEffect);
            this.lockTimeout = lockTimeout;
            this.blockers = List.copyOf(blockers);
            this.lockRetries = lockRetries;
        }
    }

    private final MigrationContext ctx;
    private final MigrationListener listener;
    private final WaitObserver observer;
    private final StatementWaits waits;

    public StatementRunner(MigrationContext ctx) {
        this(ctx, MigrationListener.NONE, null);
    }

    /**
     * Watching each statement with {@code observer} (may be null), and retrying a statement that timed out
     * on a lock in place where the engine allows ({@link StatementWaits#retriesStatement()}).
     */
    StatementRunner(MigrationContext ctx, MigrationListener listener, WaitObserver observer) {
        this.ctx = ctx;
        this.listener = listener;
        this.observer = observer;
        this.waits = ctx.dialect().statementWaits();
    }

    /**
     * The statements a SQL migration runs in {@code direction}, with lines counted in the file. Each
     * iteration reads the section from the file again (refusing a file edited since it was loaded),
     * and cuts the statements one at a time as they are asked for; nobody keeps a file's statements
     * in a list, so a file costs about its own size in memory however long it is.
     */
    Iterable<SqlStatement> statements(Migration migration, Direction direction) {
        return ctx.dialect().splitter().statements((MigrationBody.Sql) migration.body(),
                direction == Direction.UP ? Section.UP : Section.DOWN);
    }

    void run(Migration migration, Direction direction) throws Failure {
        Connection c = ctx.connection();
        if (migration.body() instanceof MigrationBody.Java java) {
            try {
                if (direction == Direction.UP) {
                    java.migration().up(c);
                } else {
                    java.migration().down(c);
                }
            } catch (Exception e) {
                throw new Failure(-1, "Java migration " + migration.script() + " (" + direction.name().toLowerCase()
                        + ") threw " + e.getClass().getSimpleName() + ": " + e.getMessage(), List.of(), e,
                        e instanceof SQLException sql && waits != null && waits.isLockTimeout(sql), List.of(), 0);
            }
            return;
        }
        Iterator<SqlStatement> statements = statements(migration, direction).iterator();
        int index = 0;
        List<String> ran = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            while (statements.hasNext()) {
                SqlStatement s = statements.next();
                for (int retry = 0; ; retry++) {
                    try {
                        execute(st, migration, s);
                        break;
                    } catch (SQLException e) {
                        boolean timedOut = waits != null && waits.isLockTimeout(e);
                        List<Blocker> blockers = timedOut && observer != null ? observer.lastSeen() : List.of();
                        int retries = ctx.settings().lockRetries();
                        if (timedOut && waits.retriesStatement() && retry < retries) {
                            Duration backoff = LockRetries.backoff(retry + 1);
                            listener.retryingAfterLockWait(migration, retry + 1, retries, backoff, blockers);
                            LockRetries.pause(backoff);
                            continue;
                        }
                        int total = index + 1;
                        for (; statements.hasNext(); statements.next()) {
                            total++;
                        }
                        throw new Failure(index, describe(migration, direction, s, index, total, e), ran, e, timedOut,
                                blockers, retry);
                    }
                }
                index++;
                ran.add(summary(s));
                listener.statementFinished(migration, direction, s.line());
            }
        } catch (SQLException e) {
            throw new Failure(index, "Could not create a statement for " + migration.script() + ": " + e.getMessage(), e);
        }
    }

    private void execute(Statement st, Migration migration, SqlStatement s) throws SQLException {
        if (observer == null) {
            st.execute(s.sql());
            return;
        }
        observer.start(migration);
        try {
            st.execute(s.sql());
        } finally {
            observer.stop();
        }
    }

    private static String describe(Migration m, Direction direction, SqlStatement s, int index, int total,
                                   SQLException e) {
        String sql = s.sql().length() > 300 ? s.sql().substring(0, 300) + " ..." : s.sql();
        return m.script() + " line " + s.line() + " (" + direction.name().toLowerCase() + ", statement " + (index + 1)
                + " of " + total + "): " + firstLine(e.getMessage()) + "\n    " + sql.replace("\n", "\n    ");
    }

    /** {@code line N: CREATE TABLE users (...} at most 80 characters of the statement, on one line. */
    private static String summary(SqlStatement s) {
        String text = s.sql().strip().replaceAll("\\s+", " ");
        return "line " + s.line() + ": " + (text.length() > 80 ? text.substring(0, 80) + " ..." : text);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /**
     * The error a failure becomes, with a hint that depends on what was left behind.
     *
     * @param leftTrace     a failed record was written (statements took effect)
     * @param transactional the file ran in a transaction (or under a savepoint) that was rolled back;
     *                      false where the engine's DDL commits by itself
     */
    static ShaleException toException(Failure f, boolean leftTrace, boolean transactional) {
        if (transactional) {
            return new ShaleException(ErrorCode.MIGRATION_FAILED, "Migration failed: " + f.detail,
                    "nothing of this migration was applied (it ran in a transaction): fix it and run the command again",
                    f.getCause());
        }
        StringBuilder message = new StringBuilder("Migration failed: ").append(f.detail);
        if (f.statementsRun < 0) {
            message.append("\n  part of this migration may have taken effect (a Java migration does not say how much)");
        } else if (f.tookEffect.isEmpty()) {
            message.append("\n  no statement of this run took effect (the first one failed); this engine commits DDL by"
                    + " itself, so whatever an earlier, interrupted run of this file did is still in the database");
        } else {
            message.append("\n  these statements of the file took effect (this engine commits DDL by itself,"
                    + " so they were not rolled back):");
            f.tookEffect.forEach(st -> message.append("\n    ").append(st));
        }
        String hint = leftTrace
                ? "a failed record was written: fix the cause, undo or finish those statements by hand, then run "
                        + "`shale repair` and upgrade again (or, once you did the rest by hand, `shale repair --mark-applied "
                        + "VERSION` to record the migration as applied)"
                : "fix the cause; if an earlier run already did part of the file, finish the rest by hand and run "
                        + "`shale repair --mark-applied VERSION` to record the migration as applied, or undo that part and "
                        + "run the command again";
        return new ShaleException(ErrorCode.MIGRATION_FAILED, message.toString(), hint, f.getCause());
    }
}
