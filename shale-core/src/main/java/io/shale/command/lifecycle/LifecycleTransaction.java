package io.shale.command.lifecycle;

import io.shale.run.BatchRunner;
import io.shale.run.MigrationContext;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs the work of a data command in one transaction on the context's connection: the lock's own
 * transaction where the lock is one (SQLite), else a transaction of its own. Rolls back on any failure.
 */
final class LifecycleTransaction {
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private LifecycleTransaction() {
    }

    static <T> T run(MigrationContext ctx, Work<T> work) throws SQLException {
        Connection c = ctx.connection();
        if (ctx.dialect().lockIsTransaction()) {
            try {
                T result = work.run(c);
                BatchRunner.commitLockTransaction(ctx);
                return result;
            } catch (SQLException | RuntimeException e) {
                try (Statement st = c.createStatement()) {
                    st.execute("ROLLBACK");
                } catch (SQLException ignored) {
                    // Already rolled back by the engine; the original failure is what matters.
                }
                throw e;
            }
        }
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
