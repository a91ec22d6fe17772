package io.shale.run;

import io.shale.dialect.StatementWaits;
import io.shale.migration.Migration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Sends the steps of a plan other than a migration's statements to the context's connection, the way
 * {@link BatchRunner} needs them: transaction control through JDBC (or SQL where JDBC has no call for
 * it), history and meta writes as prepared statements with the run's own values bound.
 */
final class DatabaseSteps {
    private final MigrationContext ctx;
    private final HistoryWrites writes;
    private String who;

    DatabaseSteps(MigrationContext ctx) {
        this.ctx = ctx;
        this.writes = new HistoryWrites(ctx.history());
    }

    /** Sends one step other than a migration's statements; {@code ms} is the unit's time so far. */
    void perform(PlanStep step, Direction direction, long ms) throws SQLException {
        Connection c = ctx.connection();
        step.accept(new PlanStep.Visitor<SQLException>() {
            @Override
            public void lock() {
                // Taken by the caller before the plan was built.
            }

            @Override
            public void unlock() {
                // Released by the caller.
            }

            @Override
            public void createHistoryTables() throws SQLException {
                ctx.history().ensureExists(c);
            }

            @Override
            public void putMeta(PlanStep.PutMeta put) throws SQLException {
                for (HistoryWrites.Call call : writes.meta(put)) {
                    execute(call);
                }
            }

            @Override
            public void begin() throws SQLException {
                c.setAutoCommit(false);
            }

            @Override
            public void commit() throws SQLException {
                c.commit();
                c.setAutoCommit(true);
            }

            @Override
            public void savepoint(String name) throws SQLException {
                exec("SAVEPOINT " + name);
            }

            @Override
            public void release(String name) throws SQLException {
                exec("RELEASE " + name);
            }

            @Override
            public void leaveLockTransaction() throws SQLException {
                exec("COMMIT");
            }

            @Override
            public void reenterLockTransaction() throws SQLException {
                exec("BEGIN EXCLUSIVE");
            }

            @Override
            public void endLockTransaction() throws SQLException {
                BatchRunner.commitLockTransaction(ctx);
            }

            @Override
            public void statements(Migration migration) {
                throw new IllegalStateException("statements run in steps(), which times them");
            }

            @Override
            public void history(PlanStep.HistoryWrite write, Migration migration) throws SQLException {
                execute(writes.history(write, direction, migration, values(ms)));
            }

            @Override
            public void lockWaits(java.time.Duration limit) throws SQLException {
                StatementWaits waits = ctx.dialect().statementWaits();
                exec(limit == null ? waits.resetSql() : waits.limitSql(limit));
            }
        });
    }

    private HistoryWrites.RunValues values(long ms) {
        return new HistoryWrites.RunValues() {
            @Override
            public Object now() {
                return Instant.now();
            }

            @Override
            public Object user() {
                return ctx.identity().user();
            }

            @Override
            public Object executionMs() {
                return ms;
            }

            @Override
            public String inProgress(Direction direction, Migration m) {
                return (direction == Direction.UP ? "up" : "down") + " started at " + Instant.now() + " by "
                        + who() + " and did not finish: if no migrator is running, it "
                        + "died part-way; check which statements of " + m.script() + " took effect";
            }
        };
    }

    /** Binds the call's values (a null is a string column's) and runs it. */
    private void execute(HistoryWrites.Call call) throws SQLException {
        try (PreparedStatement ps = ctx.connection().prepareStatement(call.sql())) {
            int i = 1;
            for (Object v : call.values()) {
                if (v == null || v instanceof String) {
                    ps.setString(i, (String) v);
                } else if (v instanceof Integer n) {
                    ps.setInt(i, n);
                } else if (v instanceof Long n) {
                    ps.setLong(i, n);
                } else if (v instanceof Boolean b) {
                    ps.setBoolean(i, b);
                } else if (v instanceof Instant at) {
                    ps.setTimestamp(i, Timestamp.from(at));
                } else {
                    throw new IllegalArgumentException("no binding for " + v.getClass());
                }
                i++;
            }
            ps.executeUpdate();
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

    void exec(String sql) throws SQLException {
        try (Statement st = ctx.connection().createStatement()) {
            st.execute(sql);
        }
    }
}
