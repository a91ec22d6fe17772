package io.shale.dialect.sqlite;

import io.shale.dialect.HeldLock;
import io.shale.dialect.LockWait;
import io.shale.dialect.MigrationLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * An exclusive transaction ({@code BEGIN EXCLUSIVE}) on the migrator's own connection. SQLite's
 * file locks die with the process, so the lock cannot go stale. The run commits it; closing rolls
 * back whatever is still open.
 */
final class SqliteLock implements MigrationLock {
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    @Override
    public Held acquire(Connection connection, ConnectionOpener opener, Target target, Duration timeout,
                        Consumer<String> waiting) throws SQLException {
        String name = target.name();
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA busy_timeout = 0");
        }
        LockWait.Result result = LockWait.poll(() -> tryBegin(connection),
                () -> "another connection's open transaction (SQLite does not name it)", name, timeout, waiting);
        // Rolls back whatever is still open; after the run's COMMIT there is nothing, which SQLite reports.
        return new HeldLock(result, () -> {
            try (Statement st = connection.createStatement()) {
                st.execute("ROLLBACK");
            }
        });
    }

    private static boolean tryBegin(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            return true;
        } catch (SQLException e) {
            int code = e.getErrorCode() & 0xff;
            if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
                return false;
            }
            throw e;
        }
    }
}
