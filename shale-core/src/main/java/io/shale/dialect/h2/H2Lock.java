package io.shale.dialect.h2;

import io.shale.dialect.HeldLock;
import io.shale.dialect.LockWait;
import io.shale.dialect.MigrationLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * H2 has no advisory locks: a second session locks one row of the meta table with
 * {@code SELECT ... FOR UPDATE} and keeps its transaction open. The row lock dies with that
 * session, so it cannot go stale.
 */
final class H2Lock implements MigrationLock {
    private static final int LOCK_TIMEOUT_1 = 50200;
    /** The meta row whose lock is the migration lock; its value stays null. */
    static final String LOCK_ROW = "migration_lock";

    @Override
    public Held acquire(Connection connection, ConnectionOpener opener, Target target, Duration timeout,
                        Consumer<String> waiting) throws SQLException {
        String name = target.name();
        String table = target.metaTable();
        Connection lockSession = opener.open();
        try {
            try (Statement st = lockSession.createStatement()) {
                st.execute(new H2Dialect().createMetaTable(table));
                st.execute("SET LOCK_TIMEOUT 0");
                try {
                    // Reading under MVCC never waits for the holder; a racing first insert loses on the key.
                    st.execute("INSERT INTO " + table + " (meta_key) SELECT '" + LOCK_ROW + "' WHERE NOT EXISTS "
                            + "(SELECT 1 FROM " + table + " WHERE meta_key = '" + LOCK_ROW + "')");
                } catch (SQLException e) {
                    if (!"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
            lockSession.setAutoCommit(false);
            LockWait.Result result = LockWait.poll(() -> tryLock(lockSession, table),
                    () -> "another H2 session (H2 does not name it)", name, timeout, waiting);
            return new HeldLock(result, () -> {
                try (lockSession) {
                    lockSession.rollback();
                }
            });
        } catch (SQLException | RuntimeException e) {
            lockSession.close();
            throw e;
        }
    }

    private static boolean tryLock(Connection session, String table) throws SQLException {
        try (Statement st = session.createStatement()) {
            st.executeQuery("SELECT meta_key FROM " + table + " WHERE meta_key = '" + LOCK_ROW + "' FOR UPDATE").close();
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == LOCK_TIMEOUT_1) {
                session.rollback();
                return false;
            }
            throw e;
        }
    }
}
